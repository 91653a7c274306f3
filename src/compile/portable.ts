/**
 * A compile result that crosses threads: a worker thread compiles and posts it (a structured
 * clone), the thread that plans takes it back. A job's `statements` are analysed on first use
 * (an accessor, see lazyStatements): a clone would read them, analysing every script, so a
 * job travels without them and gets its accessor again on arrival. So does `metadataHash`, which
 * plan never reads.
 */
import type { Diagnostic } from '../core/diagnostics';
import { lazyMetadataHash, lazyStatements } from './desired';
import type { DesiredJob, DesiredState } from './model';

export interface CompileResult {
  value: DesiredState | undefined;
  diags: Diagnostic[];
}

/** What a job travels without: computed on first use, on whichever side reads it. */
const LAZY = new Set<string>(['statements', 'metadataHash']);

/** `r` as it can be posted: its jobs without `statements` and `metadataHash` (unread). */
export function portableCompile(r: CompileResult): CompileResult {
  if (!r.value) return r;
  // Not a destructuring `{ statements, ...rest }`: that reads them.
  const jobs = r.value.jobs.map((job) => {
    const copy: Partial<Record<keyof DesiredJob, unknown>> = {};
    for (const k of Object.keys(job) as (keyof DesiredJob)[]) if (!LAZY.has(k)) copy[k] = job[k];
    return copy as DesiredJob;
  });
  return { value: { ...r.value, jobs }, diags: r.diags };
}

/** A posted result as compile returned it: each job's lazy fields computed on first use again. */
export function revivedCompile(r: CompileResult): CompileResult {
  if (r.value)
    for (const job of r.value.jobs) {
      lazyStatements(job, r.value.env);
      lazyMetadataHash(job);
    }
  return r;
}
