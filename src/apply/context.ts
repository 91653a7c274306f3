/**
 * What every step of a run shares: the ports (client, store, clock), the timing,
 * the secrets to mask, the abort signal of a crashed run, and the store session
 * that serialises writes of parallel jobs and keeps the lock alive.
 */

import type { DesiredState } from '../compile/model';
import type { Clock } from '../core/clock';
import { type Diagnostic, warning } from '../core/diagnostics';
import { endpointId } from '../core/endpoint';
import { maskSecrets } from '../core/secrets';
import type { FlinkClient } from '../flink/client';
import type { PollOptions } from '../flink/poll';
import type { SecretSource } from '../load/interpolate';
import type { Plan } from '../plan/model';
import type { JobRecord, StateDoc } from '../state/model';
import { type Lock, StateConflictError, type StateStore, type WriteMeta } from '../state/store';
import { APPLY_CODES } from './codes';
import type { ApplyEvent, ApplyHooks } from './report';

export interface ApplyTiming {
  /** Health grace period after RUNNING. Default 30 s. */
  graceMs: number;
  /** Budget for a new job to reach RUNNING. Default 5 min. */
  startTimeoutMs: number;
  /** Budget for a savepoint or stop-with-savepoint. Default 10 min. */
  savepointTimeoutMs: number;
  /** Budget for a cancel to reach a terminal state. Default 2 min. */
  cancelTimeoutMs: number;
  /** With checkpointing on: how long after the grace period to wait for the first checkpoint. Default 10 min. */
  checkpointWaitMs: number;
  /** Budget for an in-place rescale. Default 5 min. */
  rescaleTimeoutMs: number;
  /** Budget for the gateway to run the submitting statement. Default 5 min. */
  submitTimeoutMs: number;
  /** Budget for a batch job to run to its end (FINISHED). Default 2 h. */
  batchTimeoutMs?: number;
  /**
   * How long a savepoint (or disposal) is awaited while the JobManager does not answer at all
   * (refused, reset, 502–504, a proxy's redirect or login page). Default 2 min: a JobManager failover is over by then; a killed one
   * is not coming back within the savepoint's budget, and the trigger stays pending for the next run.
   */
  unreachableMs: number;
  /** Lock time-to-live; renewed once a third of it has passed. Default 15 min. */
  lockTtlMs: number;
  /** How long to wait for a lock another run holds (terraform's -lock-timeout). Default 0: fail at once. */
  lockTimeoutMs: number;
  /**
   * Poll pauses: 200 ms growing ×1.25 up to 5 s. A gentle factor notices a 1 s savepoint
   * at ~1.15 s instead of 1.5 s (×2), for a few more cheap GETs on short operations.
   */
  pollInitialMs: number;
  pollMaxMs: number;
  pollFactor: number;
}

export const DEFAULT_TIMING: ApplyTiming = {
  graceMs: 30_000,
  startTimeoutMs: 300_000,
  savepointTimeoutMs: 600_000,
  cancelTimeoutMs: 120_000,
  checkpointWaitMs: 600_000,
  rescaleTimeoutMs: 300_000,
  submitTimeoutMs: 300_000,
  batchTimeoutMs: 7_200_000,
  unreachableMs: 120_000,
  lockTtlMs: 900_000,
  lockTimeoutMs: 0,
  pollInitialMs: 200,
  pollMaxMs: 5_000,
  pollFactor: 1.25,
};

/** An edit of one job's record waiting for the next write, and the caller waiting for it to be durable. */
interface QueuedEdit {
  job: string;
  message: string;
  edit: (doc: StateDoc) => StateDoc;
  done: (error?: unknown) => void;
}

/**
 * The store while a run holds its lock: one in-memory document, writes chained so
 * parallel jobs never race each other's compare-and-swap. Edits that arrive while a write is
 * under way are written together by the next one (group commit): with 32 jobs in flight, one
 * fsync serves every step that finished meanwhile, instead of one each in a queue. Every
 * caller still resumes only once its edit is durable.
 *
 * Each edit changes one job's record, and the document is kept as it was last written whole
 * plus the records written since: a step costs the same in a store of ten jobs or ten
 * thousand (a store that can write single records is given just those, see
 * `StateStore.writeJobs`; the whole document is built only for a store that cannot).
 */
export class StoreSession {
  private chain: Promise<unknown> = Promise.resolve();
  private renewedAt: number;
  private queue: QueuedEdit[] = [];
  /** The document as last read or written whole, its records written since, and the store's version. */
  private base: StateDoc;
  private readonly changed = new Map<string, JobRecord>();
  private at: number;
  /** What the session noticed and could live with (a lock renewal that failed): warnings for the report. */
  readonly warnings: Diagnostic[] = [];

  constructor(
    private readonly store: StateStore,
    read: { doc: StateDoc; version: number },
    private lock: Lock,
    private readonly clock: Clock,
    private readonly ttlMs: number,
    private readonly guard: () => void,
    private readonly secretValues: () => readonly string[],
  ) {
    this.base = read.doc;
    this.at = read.version;
    this.renewedAt = clock.now();
  }

  get version(): number {
    return this.at;
  }

  get heldLock(): Lock {
    return this.lock;
  }

  record(job: string): JobRecord | undefined {
    return this.changed.get(job) ?? this.base.jobs[job];
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.chain.then(fn, fn);
    this.chain = next.catch(() => {});
    return next;
  }

  /**
   * Applies `edit` to the document as `job` sees it (the top-level fields and its own record
   * only: an edit changes nothing else) and writes it; a no-op edit writes nothing.
   */
  update(job: string, message: string, edit: (doc: StateDoc) => StateDoc): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ job, message, edit, done: (e) => (e === undefined ? resolve() : reject(e)) });
      // One flush per batch: the first edit of a batch schedules it; later ones join the queue.
      if (this.queue.length === 1) void this.serial(() => this.flush());
    });
  }

  /**
   * A rename: the record of `from` becomes `to`'s (`make` builds it from the old record and
   * whatever `to` holds, a deleted job's record), and `from` leaves the document, in one write of
   * the whole document. Nothing to do when `from` has no record (moved already) or `to` holds a
   * job that is not deleted (the plan refuses that rename).
   */
  moveRecord(
    from: string,
    to: string,
    message: string,
    make: (old: JobRecord, replaced: JobRecord | undefined) => JobRecord,
  ): Promise<void> {
    return this.serial(async () => {
      this.guard();
      const old = this.record(from);
      const replaced = this.record(to);
      if (!old || (replaced && replaced.status !== 'deleted')) return;
      await this.renewNow(false);
      const jobs = { ...this.base.jobs };
      for (const [name, record] of this.changed) jobs[name] = record;
      delete jobs[from];
      jobs[to] = make(old, replaced);
      const doc = { ...this.base, jobs };
      const { version } = await this.store.write(doc, this.at, {
        message,
        secretValues: this.secretValues(),
      });
      this.rebase(doc, version);
    });
  }

  /** Writes every queued edit in one compare-and-swap. */
  private async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    // An edit queued after a crash of the run must not reach the store: each is checked alone.
    const live: QueuedEdit[] = [];
    for (const q of batch) {
      try {
        this.guard();
        live.push(q);
      } catch (e) {
        q.done(e);
      }
    }
    if (live.length === 0) return;
    try {
      await this.renewNow(false);
      const jobs = editedRecords(live, this.base, (job) => this.record(job));
      if (Object.keys(jobs).length > 0) {
        const meta = { message: live.map((q) => q.message).join('; '), secretValues: this.secretValues() };
        try {
          await this.write(jobs, meta);
        } catch (e) {
          // We hold the lock, so only a hand edit can get here: re-read once and apply the edits again.
          if (!(e instanceof StateConflictError)) throw e;
          const fresh = await this.store.read();
          const again = editedRecords(live, fresh.doc, (job) => fresh.doc.jobs[job]);
          const doc = { ...fresh.doc, jobs: { ...fresh.doc.jobs, ...again } };
          const { version } = await this.store.write(doc, fresh.version, meta);
          this.rebase(doc, version);
        }
      }
      for (const q of live) q.done();
    } catch (e) {
      for (const q of live) q.done(e);
    }
  }

  /** Writes the changed records: just those when the store can, else the whole document. */
  private async write(jobs: Record<string, JobRecord>, meta: WriteMeta): Promise<void> {
    const written = await this.store.writeJobs?.(jobs, this.at, meta);
    if (written) {
      for (const name in jobs) this.changed.set(name, jobs[name]!);
      this.at = written.version;
      return;
    }
    const all = { ...this.base.jobs };
    for (const [name, record] of this.changed) all[name] = record;
    Object.assign(all, jobs);
    const doc = { ...this.base, jobs: all };
    const { version } = await this.store.write(doc, this.at, meta);
    this.rebase(doc, version);
  }

  private rebase(doc: StateDoc, version: number): void {
    this.base = doc;
    this.changed.clear();
    this.at = version;
  }

  /** Renews the lock once a third of its time-to-live has passed. */
  renewIfDue(): Promise<void> {
    return this.serial(() => this.renewNow(false));
  }

  /**
   * Renews in the background (while a poll waits): a failure is kept as a warning, once per
   * cause, and the renewal is tried again at the next poll, then before the next write (which
   * fails if the lock is really lost).
   */
  renewInBackground(): void {
    void this.renewIfDue().catch((e: unknown) => {
      const cause = e instanceof Error ? e.message : String(e);
      if (this.warnings.some((w) => w.code === APPLY_CODES.lockRenewFailed && w.summary.endsWith(cause)))
        return;
      this.warnings.push(
        warning(
          APPLY_CODES.lockRenewFailed,
          `renewing the state lock failed: ${cause}`,
          `The run goes on and tries again at the next poll; a write fails if the lock was really lost (another run took it over). Check the state store (${this.store.location}).`,
        ),
      );
    });
  }

  private async renewNow(force: boolean): Promise<void> {
    if (!force && this.clock.now() - this.renewedAt < this.ttlMs / 3) return;
    this.lock = await this.store.renew(this.lock, this.ttlMs);
    this.renewedAt = this.clock.now();
  }

  async release(): Promise<void> {
    await this.chain;
    await this.store.unlock(this.lock);
  }
}

/**
 * The records `edits` make, applied in order to the records `recordOf` gives (with the top-level
 * fields of `top`), of the jobs whose record changed. An edit that touches anything but its own
 * job's record is a bug.
 */
function editedRecords(
  edits: readonly QueuedEdit[],
  top: StateDoc,
  recordOf: (job: string) => JobRecord | undefined,
): Record<string, JobRecord> {
  const now = new Map<string, JobRecord | undefined>();
  for (const q of edits) {
    const record = now.has(q.job) ? now.get(q.job) : recordOf(q.job);
    const view: StateDoc = { ...top, jobs: record ? { [q.job]: record } : {} };
    const out = q.edit(view);
    if (out === view) continue;
    const names = Object.keys(out.jobs);
    const next = out.jobs[q.job];
    if (
      names.length !== (next ? 1 : 0) ||
      (record && !next) ||
      Object.keys(out).length !== Object.keys(view).length ||
      out.formatVersion !== view.formatVersion ||
      out.project !== view.project ||
      out.env !== view.env ||
      out.alerts !== view.alerts
    )
      throw new Error(`bug: an edit of job ${q.job} in the state store changed more than its record`);
    now.set(q.job, next);
  }
  const out: Record<string, JobRecord> = {};
  for (const [job, record] of now) if (record && record !== recordOf(job)) out[job] = record;
  return out;
}

export interface RunContext {
  client: FlinkClient;
  /** `moveFrom`: the cluster being left; the steps that stop a moving job's live job use it. */
  previous?: FlinkClient;
  clock: Clock;
  signal: AbortSignal;
  /**
   * Aborted when the user asks the run to stop (Ctrl-C, CI cancel): no new job or step starts,
   * waits that can be resumed end (a health check), operations in flight (a savepoint) finish.
   */
  stop: AbortSignal;
  store: StoreSession;
  timing: ApplyTiming;
  plan: Plan;
  desired: DesiredState;
  secrets: SecretSource;
  commit: string;
  /** Resolved secret values seen so far (grows as scripts are resolved): masked everywhere. */
  secretValues: Set<string>;
  emit(e: ApplyEvent): void;
}

export function createEmitter(
  hooks: ApplyHooks | undefined,
  abort: AbortController,
): (e: ApplyEvent) => void {
  return (e) => {
    if (abort.signal.aborted) throw abort.signal.reason;
    try {
      hooks?.onEvent?.(e);
    } catch (err) {
      abort.abort(err);
      throw err;
    }
  };
}

/** Throws the crash reason once the run was aborted: nothing more may reach the cluster or the store. */
export function guard(signal: AbortSignal): void {
  if (signal.aborted) throw signal.reason;
}

/**
 * Replaces every secret value in a message, in each form it is shown in and where a clip cut it,
 * as every other output of flinkops does (a one- or two-letter value is left alone there too).
 */
export function mask(ctx: Pick<RunContext, 'secretValues'>, text: string): string {
  return maskSecrets(text, ctx.secretValues);
}

/** Poll options of one job: the run's clock and signal, progress to the hooks, the lock kept alive. */
export function pollOptions(
  ctx: Pick<RunContext, 'clock' | 'signal' | 'timing' | 'emit' | 'store'>,
  job: string,
  what: string,
  timeoutMs: number,
): Omit<PollOptions, 'what'> & { clock: Clock } {
  return {
    clock: ctx.clock,
    timeoutMs,
    signal: ctx.signal,
    initialDelayMs: ctx.timing.pollInitialMs,
    maxDelayMs: ctx.timing.pollMaxMs,
    factor: ctx.timing.pollFactor,
    onProgress: (p) => {
      ctx.emit({
        type: 'poll-progress',
        job,
        what,
        attempt: p.attempt,
        elapsedMs: p.elapsedMs,
        ...(p.progress !== undefined ? { progress: p.progress } : {}),
      });
      ctx.store.renewInBackground();
    },
  };
}

/**
 * The cluster's Flink version (major.minor), recorded with a deployment (a later start elsewhere
 * is a version upgrade) and with each savepoint or checkpoint it writes (an older major release
 * cannot restore it).
 */
export async function clusterVersion(client: FlinkClient): Promise<{ flinkVersion?: string }> {
  const v = (await client.capabilities()).flinkVersion;
  return v ? { flinkVersion: `${v.major}.${v.minor}` } : {};
}

/**
 * The JobManager endpoint a version started through `client` records (a hash, never the URL), so
 * that a plan can tell that the environment reaches another cluster since (FO739).
 */
export function endpointOf(client: FlinkClient): { endpoint?: string } {
  return client.jobmanagerUrl ? { endpoint: endpointId(client.jobmanagerUrl) } : {};
}

export function iso(clock: Clock): string {
  return new Date(clock.now()).toISOString();
}
