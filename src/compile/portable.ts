/**
 * A compile result that crosses threads: a worker thread compiles and posts it (a structured
 * clone), the thread that plans takes it back. A job's `statements` and `metadataHash` are
 * computed on first read (accessors, see lazyFields): a clone would read them, analysing every
 * script, so a job travels without them and gets its accessors again on arrival.
 */
import { type CompiledEnvironments, LAZY_JOB_FIELDS, lazyFields } from './desired';
import type { CompileResult, DesiredJob, DesiredState } from './model';

/** `r` as it can be posted: its jobs without `statements` and `metadataHash` (unread). */
export function portableCompile(r: CompileResult): CompileResult {
  return r.value ? { ...r, value: portableState(r.value, LAZY_JOB_FIELDS) } : r;
}

/** A posted result as compile returned it: each job's lazy fields computed on first use again. */
export function revivedCompile(r: CompileResult): CompileResult {
  if (r.value) revivedState(r.value);
  return r;
}

/**
 * The compile of every environment as it can be posted. Without `hashes` a job travels without
 * its `restartHash` (unread: normalising every script is a fifth of a large compile) and a state
 * without its dependency graph; a read of either on the other side is a bug.
 */
export function portableEnvironments(r: CompiledEnvironments, hashes: boolean): CompiledEnvironments {
  if (hashes) return { diags: r.diags, states: r.states.map((s) => portableState(s, LAZY_JOB_FIELDS)) };
  const skip = new Set([...LAZY_JOB_FIELDS, 'restartHash']);
  const states = r.states.map((s) => {
    // Not a spread: that reads the graph.
    const withoutGraph: Partial<Record<keyof DesiredState, unknown>> = {};
    for (const k of Object.keys(s) as (keyof DesiredState)[]) if (k !== 'graph') withoutGraph[k] = s[k];
    return portableState(withoutGraph as DesiredState, skip);
  });
  return { diags: r.diags, states };
}

/** Posted environments as compile returned them (see `portableEnvironments`). */
export function revivedEnvironments(r: CompiledEnvironments): CompiledEnvironments {
  for (const s of r.states) revivedState(s);
  return r;
}

function portableState(state: DesiredState, skip: ReadonlySet<string>): DesiredState {
  // Not a destructuring `{ statements, ...rest }`: that reads them.
  const jobs = state.jobs.map((job) => {
    const copy: Partial<Record<keyof DesiredJob, unknown>> = {};
    for (const k of Object.keys(job) as (keyof DesiredJob)[]) if (!skip.has(k)) copy[k] = job[k];
    return copy as DesiredJob;
  });
  return { ...state, jobs };
}

function revivedState(state: DesiredState): void {
  unasked(state, 'graph', `the dependency graph of ${state.env}`);
  for (const job of state.jobs) {
    lazyFields(job, state.env);
    unasked(job, 'restartHash', `the restart hash of ${job.name}`);
  }
}

/** A field left behind by `portableEnvironments`: reading it is a bug, not an undefined value. */
function unasked(target: object, key: string, what: string): void {
  if (Object.hasOwn(target, key)) return;
  Object.defineProperty(target, key, {
    enumerable: false,
    get: () => {
      throw new Error(`bug: ${what} was not asked of the compile worker`);
    },
  });
}
