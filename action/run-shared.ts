/**
 * What the environment runs of one Action run share, and what each reports back: the types
 * run.ts hands down and env-run, apply-env, operate-run, savepoints and failure-details use,
 * kept below all of them so the folder reads top-down.
 */
import type { ChangeReport } from '../src/apply';
import type { Clock } from '../src/core/clock';
import type { Diagnostic } from '../src/core/diagnostics';
import type { Interrupt } from '../src/core/interrupt';
import type { Endpoints } from '../src/engine/cluster';
import type { FlinkClient } from '../src/flink';
import type { StateStore } from '../src/state';
import type { EventContext } from './event';
import type { ActionOptions } from './inputs';
import type { ActionCore, ActionGitHub } from './ports';
import type { Route } from './route';
import type { SecretMask } from './secrets';
import type { PostJson } from './webhook';

type Env = Readonly<Record<string, string | undefined>>;

/** Everything the environment runs share. */
export interface RunShared {
  core: ActionCore;
  secrets: SecretMask;
  options: ActionOptions;
  ctx: EventContext;
  route: Route;
  dir: string;
  env: Env;
  clock: Clock;
  /** The instant plans and operations are evaluated at: the `now` input, else the clock. */
  now(): string;
  postJson: PostJson;
  github?: ActionGitHub;
  pullRequest?: number;
  store: (project: string, env: string) => StateStore;
  flinkClient?: (endpoints: Endpoints) => FlinkClient;
  annotate(diags: readonly Diagnostic[]): void;
  footer(): string;
  planDir: string;
  /** Set once GitHub refused a comment (403/404): said once, not tried again this run. */
  comments: { refused: boolean };
  /** Cancellation (SIGINT, SIGTERM): applies run as graceful sections of it. */
  interrupt?: Interrupt;
  /** Bytes the run has written to the job summary so far (GitHub takes 1 MiB per step). */
  summaryBytes: { value: number };
}

/** One change of an apply as the Action's `applied` output lists it: the engine's report, per environment. */
export type AppliedChange = Pick<ChangeReport, 'job' | 'action' | 'outcome' | 'savepoint'> & {
  env: string;
  /** The job started by the apply (ChangeReport.newJobId). */
  jobId?: string;
};

export interface EnvResult {
  env: string;
  ok: boolean;
  failure?: string;
  hasChanges: boolean;
  counts?: Record<string, number>;
  planPath?: string;
  applied?: AppliedChange[];
  /** Operate runs: every job passes its health rules. */
  healthy?: boolean;
}
