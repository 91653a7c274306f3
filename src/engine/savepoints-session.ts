/**
 * One savepoint session: the state store's lock, the live state observed under it, and the
 * savepoint context apply's durable helpers run in. The lock is always released.
 */

import { type ApplyTiming, DEFAULT_TIMING, type SavepointContext, withLockedSession } from '../apply';
import { type Diagnostic, hasErrors } from '../core/diagnostics';
import { maskSecrets } from '../core/secrets';
import { type LiveJob, type LiveState, observe } from '../observe';
import { isRecordedRun, type JobRecord, type LockInfo } from '../state';
import type { JobSavepointsReport, SavepointsRunOptions } from './savepoints-model';

/**
 * The job's running instance that flinkops manages: one it deployed (it carries flinkops labels),
 * or one it adopted (no labels; the store knows it by its job id, as plan does).
 */
export function runningManaged(live: LiveState, job: string, record?: JobRecord): LiveJob | undefined {
  return live.jobs.find(
    (j) =>
      j.job === job && j.state === 'RUNNING' && (j.labels !== undefined || isRecordedRun(record?.current, j)),
  );
}

function maskWith(values: readonly string[]): (text: string) => string {
  return (text) => maskSecrets(text, values);
}

export interface Session {
  ctx: SavepointContext;
  live: LiveState;
  mask: (text: string) => string;
}

/** Takes the lock, observes, and runs `work` with a savepoint context; always releases the lock. */
export async function withSession(
  opts: SavepointsRunOptions,
  work: (s: Session) => Promise<{ jobs: JobSavepointsReport[]; diags: Diagnostic[] }>,
): Promise<{ jobs: JobSavepointsReport[]; diags: Diagnostic[] }> {
  const timing: ApplyTiming = { ...DEFAULT_TIMING, ...opts.timing };
  const { desired, client, store, clock } = opts;
  const none = (diags: Diagnostic[]) => ({ jobs: [], diags });
  // `--lock-timeout`: another run (an apply) holds the lock: said once, and Ctrl-C ends the wait.
  let waited = false;
  const onWait = (holder: LockInfo) => {
    if (!waited) opts.hooks?.onEvent?.({ type: 'lock-wait', holder, timeoutMs: timing.lockTimeoutMs });
    waited = true;
  };
  const locking = {
    store,
    owner: opts.owner,
    clock,
    timing,
    onWait,
    ...(opts.stop ? { stop: opts.stop } : {}),
  };
  return withLockedSession(locking, none, async ({ session }) => {
    const observed = opts.observe
      ? await opts.observe()
      : await observe(client, { project: desired.project, env: desired.env, clock });
    if (hasErrors(observed.diags)) return none(observed.diags);
    const secretValues = new Set(opts.secretValues ?? []);
    const ctx: SavepointContext = {
      client,
      clock,
      signal: new AbortController().signal,
      store: session(
        () => {},
        () => [...secretValues],
      ),
      timing,
      desired,
      secretValues,
      emit: (e) => {
        if (e.type === 'poll-progress') opts.hooks?.onEvent?.(e);
      },
    };
    const r = await work({ ctx, live: observed.value, mask: maskWith([...secretValues]) });
    return { jobs: r.jobs, diags: [...observed.diags, ...r.diags] };
  });
}
