/**
 * A compile result that crosses threads: a worker thread compiles and posts it (a structured
 * clone), the thread that plans takes it back. A job's `statements` and `metadataHash` are
 * computed on first read (accessors, see lazyFields): a clone would read them, analysing every
 * script, so a job travels without them and gets its accessors again on arrival.
 */
import { LAZY_JOB_FIELDS, lazyFields } from './lazy-fields';
import type { CompileResult, DesiredJob } from './model';

/** `r` as it can be posted: its jobs without `statements` and `metadataHash` (unread). */
export function portableCompile(r: CompileResult): CompileResult {
  if (!r.value) return r;
  // Not a destructuring `{ statements, ...rest }`: that reads them.
  const jobs = r.value.jobs.map((job) => {
    const copy: Partial<Record<keyof DesiredJob, unknown>> = {};
    for (const k of Object.keys(job) as (keyof DesiredJob)[]) if (!LAZY_JOB_FIELDS.has(k)) copy[k] = job[k];
    return copy as DesiredJob;
  });
  return { ...r, value: { ...r.value, jobs } };
}

/** A posted result as compile returned it: each job's lazy fields computed on first use again. */
export function revivedCompile(r: CompileResult): CompileResult {
  if (r.value) for (const job of r.value.jobs) lazyFields(job, r.value.env);
  return r;
}
