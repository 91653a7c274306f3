/**
 * What the engine says while it plans (or runs a job's SQL tests): typed events, as apply's are (src/apply/report.ts). The
 * engine never prints; the CLI and the Action render these (src/render/progress.ts).
 */
export type EngineProgress =
  | { stage: 'compiling' }
  | { stage: 'reading-state'; location: string }
  | { stage: 'observing'; jobmanagerUrl: string }
  /** planMode: compiled — COMPILE PLAN of the compiled-mode jobs through the gateway. */
  | { stage: 'compiling-plans' }
  | { stage: 'planning' }
  /** Stream graphs of the running and new scripts, for the state verdict of each restore. */
  | { stage: 'state-graphs'; jobs: number }
  /** Plan-time EXPLAIN of the jobs the plan starts, against the cluster's planner. */
  | { stage: 'explaining'; jobs: number }
  /** Health checks: checkpoints, exceptions, back-pressure and metrics of the observed jobs. */
  | { stage: 'reading-health' }
  /** `flinkops test`: a case starts, and each of its queries into a sink. */
  | { stage: 'test-case'; job: string; test: string; mode: string }
  | { stage: 'test-query'; job: string; test: string; sink: string }
  /**
   * A query of `flinkops test` (`job / case`) or `preview` (`preview of job`) starts with no task
   * slot of the cluster free: its job waits for one, until --timeout.
   */
  | { stage: 'slot-wait'; query: string; slotsTotal: number };
