/**
 * What the plan says of a managed job it leaves alone that is not healthy (FO606): Flink's restart
 * strategy has it RESTARTING or FAILING, or it runs between the failures of a restart loop. The
 * job's spec matches the repository, so the diff plans nothing, and a bare "No changes" read as
 * "all is running" (real 1.20.3: a job failing `/ by zero` on every record since its apply, plan
 * "No changes. The cluster matches the repository.", status RESTARTING). As the Flink Kubernetes
 * Operator shows a job's status and last error on its resource, the plan names the state, the
 * failures since the last apply and Flink's root cause. Asked of the few jobs that may need it: one
 * not RUNNING, or RUNNING again a short while ago.
 */

import type { DesiredState } from '../compile';
import { type Diagnostic, warning } from '../core/diagnostics';
import { parseDurationMs } from '../core/duration';
import type { FlinkClient } from '../flink';
import { failureCause } from '../flink/errors';
import { type LiveJob, type LiveState, slotShortage } from '../observe';
import { mapPool } from '../observe/pool';
import { isoMinute, type Plan } from '../plan';
import { PLAN_CODES } from '../plan/codes';
import type { StateDoc } from '../state';

/** The window restarts of a RUNNING job are counted in, as status's maxRestarts rule counts them. */
const DEFAULT_WINDOW = '10min';

/** Failures a RUNNING job must have had within the window to be in a restart loop, not recovered once. */
const LOOP = 2;

/**
 * A RUNNING job that reached RUNNING this long after it started has been restarted (a fresh job
 * reaches it within seconds; the adaptive scheduler's resource stabilisation takes 10 s).
 */
const RESTARTED_AFTER_MS = 15_000;

/**
 * RUNNING jobs whose exceptions are read although nothing says they restarted, at most: one round
 * of requests. After an apply of many jobs they all started a short while ago, and reading every
 * one's exceptions would double the plan's calls.
 */
const UNPROVEN = 16;

/**
 * Alive states in which a job with failures since its last apply is failing: RESTARTING and
 * FAILING, and those a restart passes through (the adaptive scheduler's CREATED while it takes its
 * slots back, INITIALIZING); a CREATED job without failures is waiting for slots (FO658) or starting.
 */
const RESTARTING: ReadonlySet<string> = new Set(['RESTARTING', 'FAILING', 'CREATED', 'INITIALIZING']);

export async function unhealthyJobs(
  client: FlinkClient,
  plan: Plan,
  live: LiveState,
  desired: DesiredState,
  doc: StateDoc,
  now: number,
  concurrency = 16,
): Promise<Diagnostic[]> {
  if (!live.observed) return [];
  const settings = new Map(desired.jobs.map((j) => [j.name, j]));
  // The first of an id, as a search would find it (a job on the cluster being left comes after).
  const byId = new Map<string, LiveJob>();
  for (const j of live.jobs) if (!byId.has(j.jobId)) byId.set(j.jobId, j);
  const asked = plan.changes.flatMap((c) => {
    if (c.action !== 'none' || c.refused || !c.liveJobId) return [];
    const j = byId.get(c.liveJobId);
    const record = doc.jobs[c.job];
    // Managed: started by flinkops (labels), or adopted (the store knows its job id).
    if (!j || j.previousCluster || (!j.labels && record?.current?.jobId !== j.jobId)) return [];
    // Waiting for task slots is not failing: FO658 says so.
    if (slotShortage(live, j)) return [];
    const window =
      parseDurationMs(settings.get(c.job)?.settings.health?.window ?? DEFAULT_WINDOW) ??
      parseDurationMs(DEFAULT_WINDOW)!;
    const recent = j.state === 'RUNNING' && j.runningSince !== undefined && now - j.runningSince < window;
    if (!RESTARTING.has(j.state) && !recent) return [];
    const restarted = RESTARTING.has(j.state) || j.runningSince! - j.startTime > RESTARTED_AFTER_MS;
    const deployed = Date.parse(record?.current?.deployedAt ?? '');
    return [{ c, j, window, since: Number.isNaN(deployed) ? 0 : deployed, restarted }];
  });
  const unproven = asked.filter((a) => !a.restarted).length;
  const read = unproven > UNPROVEN ? asked.filter((a) => a.restarted) : asked;
  const out = await mapPool(
    read,
    concurrency,
    async ({ c, j, window, since }): Promise<Diagnostic | undefined> => {
      const ex = await client.getExceptions(j.jobId, 100);
      if (!ex.ok) return undefined;
      const times = ex.value.history
        .map((e) => e.timestamp)
        .filter((t): t is number => t !== undefined && t >= since)
        .sort((a, b) => b - a);
      const entry = ex.value.rootCause ?? ex.value.history[0];
      const cause = entry ? (failureCause(entry.causes ?? []) ?? entry.message) : undefined;
      const looping = j.state === 'RUNNING' ? times.filter((t) => t > now - window).length >= LOOP : true;
      // Alive between restarts with no failure since the last apply: starting, not failing.
      if (times.length === 0 || !looping) return undefined;
      const state = j.state === 'RUNNING' ? 'restarting in a loop' : j.state;
      // Flink keeps the latest 16 failures (web.exception-history-size): a full history since the
      // apply may have lost older ones (real 1.20.3: 16 entries, truncated, after 8 minutes of loop).
      const more = ex.value.truncated || (times.length === ex.value.history.length && times.length >= 16);
      const n = `${times.length}${more ? ' or more' : ''} time${times.length === 1 && !more ? '' : 's'}`;
      const failed = `it failed ${n} since the last apply, the latest at ${isoMinute(times[0]!)}`;
      c.reason = `${c.reason}; ${state} on the cluster (FO606)`;
      c.causes = [
        ...c.causes,
        { kind: 'cluster', path: 'state', to: j.state === 'RUNNING' ? 'restarting' : j.state },
      ];
      return warning(
        PLAN_CODES.unhealthy,
        `job ${c.job} is ${state}: ${failed}${cause ? `: ${cause.replace(/\.$/, '')}` : ''}`,
        detail(c.job, j, settings.get(c.job)?.sqlFile ?? `jobs/${c.job}.sql`),
      );
    },
  );
  return out.filter((d): d is Diagnostic => d !== undefined);
}

function detail(job: string, j: LiveJob, sqlFile: string): string {
  return (
    `Flink's restart strategy keeps restarting job ${j.jobId} from its latest checkpoint, and the plan changes nothing of it: the repository asks for what it runs. ` +
    "What to do follows the cause (the job's exceptions in the Flink UI have the whole trace; flinkops status shows its state). " +
    "Outside the job (a database, table, topic or broker it uses down or gone): fix it there, and Flink's next restart resumes the job; nothing to apply. " +
    `A password or token changed: a job keeps the value it was started with, so apply with --replace ${job} and the new value. ` +
    `In the job (a query that fails on its data, a wrong option): fix ${sqlFile} or its settings; the upgrade stops the job by cancel from its latest checkpoint (FO625), as Flink takes no savepoint of a job that is not RUNNING. ` +
    'Left as it is, the job makes no progress, and each restart replays the records since its latest checkpoint.'
  );
}
