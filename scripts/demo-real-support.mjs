// Helpers of `npm run demo -- --real` (demo-real.mjs): ride events for Kafka, Kafka counts, and
// the checks it makes through Flink's REST API.
import { spawnSync } from 'node:child_process';
import { kafkaTool } from './flink/kafka.mjs';

export class DemoFailure extends Error {}

export function fail(message) {
  throw new DemoFailure(message);
}

/**
 * `n` rides of four events each (REQUESTED … COMPLETED), drivers 1–8 as in the drivers table.
 * Record timestamps (the tables' event_time) start `shiftMs` after now.
 */
export function rideEvents(first, n, shiftMs = 0) {
  const lines = [];
  const base = Date.now() + shiftMs;
  for (let r = first; r < first + n; r++) {
    const id = `ride-${String(r).padStart(5, '0')}`;
    ['REQUESTED', 'ACCEPTED', 'STARTED', 'COMPLETED'].forEach((status, i) => {
      if (status !== 'COMPLETED' && r % 4 !== 0) return; // most rides: only their completion
      const event = {
        ride_id: id,
        driver_id: (r % 8) + 1,
        rider_id: 100_000 + r,
        city_id: (r % 3) + 1,
        status,
        fare: status === 'COMPLETED' ? Number((4 + (r % 10) * 3.5).toFixed(2)) : null,
        distance_km: 1 + (r % 7),
      };
      lines.push(`${base + r * 10 + i}\t${id}\t${JSON.stringify(event)}`);
    });
  }
  return lines;
}

export async function produce(kafka, brokers, lines) {
  const [java, args] = await kafkaTool(kafka, 'produce', brokers, 'ride-events');
  const r = spawnSync(java, args, { input: `${lines.join('\n')}\n`, encoding: 'utf8' });
  if (r.status !== 0) fail(`producing ride events failed: ${r.stderr.trim().split('\n').pop()}`);
  return Number(r.stdout.trim());
}

export async function count(kafka, brokers, topic) {
  const [java, args] = await kafkaTool(kafka, 'count', brokers, topic);
  const r = spawnSync(java, args, { encoding: 'utf8' });
  if (r.status !== 0) fail(`counting ${topic} failed: ${r.stderr.trim().split('\n').pop()}`);
  return Number(r.stdout.trim());
}

/** name → newest RUNNING job of that name. */
export async function runningJobs(jm) {
  const { jobs } = await getJson(`${jm}/jobs/overview`);
  const out = new Map();
  for (const j of jobs.filter((x) => x.state === 'RUNNING').sort((a, b) => a['start-time'] - b['start-time']))
    out.set(j.name, j);
  return out;
}

/** Waits for a RUNNING job of `name` other than `notJid` whose latest.restored is `savepoint`. */
export async function restoredFrom(jm, name, savepoint, notJid) {
  const found = await waitFor(async () => {
    const j = (await runningJobs(jm)).get(name);
    if (!j || j.jid === notJid) return undefined;
    const cp = await getJson(`${jm}/jobs/${j.jid}/checkpoints`);
    const restored = cp.latest?.restored?.external_path;
    return restored ? { jid: j.jid, restored } : undefined;
  }, 60_000);
  if (!found) fail(`no RUNNING ${name} restored from a savepoint within 60 s`);
  if (found.restored !== savepoint) fail(`${name} restored from ${found.restored}, not from ${savepoint}`);
  return found;
}

export async function waitFor(probe, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) return undefined;
    await new Promise((r) => setTimeout(r, 2000));
  }
}

export async function getJson(url) {
  const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  if (!res.ok) fail(`GET ${url}: HTTP ${res.status}`);
  return res.json();
}

export function seconds(t) {
  return `${((Date.now() - t) / 1000).toFixed(1)} s`;
}
