/** FO742: a stateful streaming job the plan starts without checkpointing. */

import type { DesiredState } from '../compile/model';
import { isBatchJob } from '../compile/runtime-mode';
import { type Diagnostic, warning } from '../core/diagnostics';
import { scriptSettings } from '../sql/script-settings';
import { PLAN_CODES } from './codes';
import { fileRange } from './job-inputs';
import type { JobChange } from './model';
import { queryFeatures, statefulOperators } from './query-features';
import { scriptShape } from './script-shape';

/** The actions that start a job from its repository's script. */
const STARTS: ReadonlySet<JobChange['action']> = new Set(['create']);

/**
 * FO742: a streaming job with stateful operators (an aggregation, a join, a deduplication, a
 * window) that the plan starts without checkpointing (`execution.checkpointing.interval` unset or
 * off in its config and SET lines). Flink then restarts it after each failure from nothing: every
 * count, join side and window starts empty, and its sources from their startup position. Apply's
 * health check has no checkpoint to wait for either (FO741). Said where the plan starts the job.
 */
export function stateWithoutCheckpoints(changes: readonly JobChange[], desired: DesiredState): Diagnostic[] {
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  const out: Diagnostic[] = [];
  for (const c of changes) {
    const job = jobs.get(c.job);
    if (!job || c.refused || !STARTS.has(c.action)) continue;
    // The job's settings say it (compile writes them as the script's first SET lines); its
    // statements are read only where its own SQL names the option again or RESETs.
    const named = job.script.split(CHECKPOINT_INTERVAL).length - 1;
    const own = named > (job.settings.config[CHECKPOINT_INTERVAL] !== undefined ? 1 : 0);
    const config =
      own || /\bRESET\b/i.test(job.script) ? scriptSettings(job.statements) : job.settings.config;
    if (checkpointingOn(config)) continue;
    if (isBatchJob(job)) continue;
    const shape = scriptShape(job.script);
    const ops = new Set(
      [...shape.queries.values(), ...shape.views.values()].flatMap((q) => [
        ...statefulOperators(queryFeatures(q.src, q.tokens)).keys(),
      ]),
    );
    if (ops.size === 0) continue;
    const file = job.yamlFile ?? `jobs/${job.name}.yaml`;
    out.push(
      warning(
        PLAN_CODES.stateWithoutCheckpoints,
        `Job ${job.name} keeps state (${[...ops].join(', ')}) and runs without checkpointing`,
        `execution.checkpointing.interval is not set (or is off) in its config or SET lines: Flink restarts it after any failure (a TaskManager lost, a bad record) without its state, every count, join side and window starting empty and each source from its startup position; and an upgrade whose stop-with-savepoint fails has no checkpoint to fall back on. Apply judges its health on its tasks running through the grace period (FO741), with no checkpoint to prove it. Set execution.checkpointing.interval (e.g. 30 s) in the config of ${file} or in defaults.config; where the cluster's own configuration sets it, state it there too so that plans see it.`,
        fileRange(job.yamlFile ?? job.sqlFile),
      ),
    );
  }
  return out;
}

const CHECKPOINT_INTERVAL = 'execution.checkpointing.interval';

/** `execution.checkpointing.interval` switches periodic checkpoints on (not unset, 0 or -1). */
function checkpointingOn(config: Readonly<Record<string, string>>): boolean {
  const v = config[CHECKPOINT_INTERVAL]?.trim();
  return v !== undefined && v !== '' && !/^(0|-1)(\s*[a-z]*)?$/i.test(v);
}
