/**
 * Fault switches: set them per test (or from `flinkops sim` flags) to make the
 * simulator misbehave the way real clusters do. All randomness is seeded.
 */

export interface FaultSettings {
  /** Fail the next N savepoints (trigger, stop, STOP JOB), or every one with 'all'. 0 = off. */
  savepointFails: number | 'all';
  /** Stop-with-savepoint never completes: the trigger stays IN_PROGRESS and the job keeps RUNNING. */
  stopHangs: boolean;
  /** Every job fails this many ms after it reaches RUNNING (null = off). */
  jobFailsAfterMs: number | null;
  /** RUNNING jobs keep failing and restarting (restart count and exceptions grow). */
  jobRestartLoop: boolean;
  /** Share of requests (0..1) answered with 500 "Internal server error." */
  http5xxRate: number;
  /** Added to every response, in real milliseconds. */
  latencyMs: number;
  /** Share of requests (0..1) whose socket is destroyed without an answer. */
  connectionResetRate: number;
  /** The SQL gateway refuses connections (its listener is closed). */
  gatewayDown: boolean;
  /**
   * Every TaskManager is gone: `/overview` shows none, running jobs lose their tasks and wait to
   * be scheduled (CREATED on the adaptive scheduler; on the default one RESTARTING, then RUNNING
   * with every vertex CREATED, as real Flink 2.3 shows it), and new jobs
   * wait too. Switched off, they run again from their latest checkpoint (new ones from their
   * restore path), as real Flink does when a TaskManager registers.
   */
  noTaskManagers: boolean;
  /**
   * Topics the Kafka brokers do not have (and create none of): a job's Kafka sink writing one
   * blocks in its first send for its `max.block.ms`, then fails the job (kafka-sinks.ts).
   */
  missingKafkaTopics: readonly string[];
}

export const DEFAULT_FAULTS: FaultSettings = {
  savepointFails: 0,
  stopHangs: false,
  jobFailsAfterMs: null,
  jobRestartLoop: false,
  http5xxRate: 0,
  latencyMs: 0,
  connectionResetRate: 0,
  gatewayDown: false,
  noTaskManagers: false,
  missingKafkaTopics: [],
};

export interface FaultHooks {
  /** jobFailsAfterMs, jobRestartLoop or missingKafkaTopics changed: reschedule running jobs. */
  onJobFaultsChanged(): void;
  onGatewayDownChanged(down: boolean): void;
  /** noTaskManagers changed: take the jobs' tasks away, or schedule the waiting jobs. */
  onTaskManagersChanged(gone: boolean): void;
}

/** The live switches; setters notify the simulator so running jobs pick changes up at once. */
export class Faults implements FaultSettings {
  private s: FaultSettings = { ...DEFAULT_FAULTS, missingKafkaTopics: [] };

  constructor(private readonly hooks: FaultHooks) {}

  get savepointFails() {
    return this.s.savepointFails;
  }
  set savepointFails(v) {
    this.s.savepointFails = v;
  }
  get stopHangs() {
    return this.s.stopHangs;
  }
  set stopHangs(v) {
    this.s.stopHangs = v;
  }
  get jobFailsAfterMs() {
    return this.s.jobFailsAfterMs;
  }
  set jobFailsAfterMs(v) {
    this.s.jobFailsAfterMs = v;
    this.hooks.onJobFaultsChanged();
  }
  get jobRestartLoop() {
    return this.s.jobRestartLoop;
  }
  set jobRestartLoop(v) {
    this.s.jobRestartLoop = v;
    this.hooks.onJobFaultsChanged();
  }
  get http5xxRate() {
    return this.s.http5xxRate;
  }
  set http5xxRate(v) {
    this.s.http5xxRate = v;
  }
  get latencyMs() {
    return this.s.latencyMs;
  }
  set latencyMs(v) {
    this.s.latencyMs = v;
  }
  get connectionResetRate() {
    return this.s.connectionResetRate;
  }
  set connectionResetRate(v) {
    this.s.connectionResetRate = v;
  }
  get gatewayDown() {
    return this.s.gatewayDown;
  }
  set gatewayDown(v) {
    const changed = v !== this.s.gatewayDown;
    this.s.gatewayDown = v;
    if (changed) this.hooks.onGatewayDownChanged(v);
  }

  get noTaskManagers() {
    return this.s.noTaskManagers;
  }
  set noTaskManagers(v) {
    const changed = v !== this.s.noTaskManagers;
    this.s.noTaskManagers = v;
    if (changed) this.hooks.onTaskManagersChanged(v);
  }

  get missingKafkaTopics() {
    return this.s.missingKafkaTopics;
  }
  set missingKafkaTopics(v) {
    this.s.missingKafkaTopics = [...v];
    this.hooks.onJobFaultsChanged();
  }

  /** Sets several switches at once. */
  set(partial: Partial<FaultSettings>): void {
    for (const [k, v] of Object.entries(partial)) {
      if (v !== undefined) (this as unknown as Record<string, unknown>)[k] = v;
    }
  }

  /** Back to a healthy cluster. */
  reset(): void {
    this.set(DEFAULT_FAULTS);
  }

  /** Consumes one savepoint failure if any is armed. */
  takeSavepointFailure(): boolean {
    if (this.s.savepointFails === 'all') return true;
    if (this.s.savepointFails > 0) {
      this.s.savepointFails--;
      return true;
    }
    return false;
  }

  toJSON(): FaultSettings {
    return { ...this.s, missingKafkaTopics: [...this.s.missingKafkaTopics] };
  }
}
