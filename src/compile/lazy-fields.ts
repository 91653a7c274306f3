/** A desired job's fields computed on their first read. */

import { analyzeScript } from '../sql';
import type { DesiredJob } from './model';
import { metadataHash } from './spec-hashes';

/** A job's fields computed on first read (`lazyFields`), which a copy of the job must leave unread. */
export const LAZY_JOB_FIELDS: ReadonlySet<string> = new Set(['statements', 'metadataHash']);

/**
 * The fields of `job` computed on first read, from its script and settings as they are now:
 * - `statements` is analysed on first use: most plans look at the statements of a few changed
 *   jobs only, and analysing every compiled script would double the work of a compile. The
 *   generated parts are safe by construction (see table-ddl.ts) and the user's parts were
 *   analysed by validate; text changed by `${env.X}` is checked by `checkSubstituted`.
 * - `metadataHash`: only `compile --json` prints it.
 */
export function lazyFields(job: DesiredJob, env: string): void {
  const { script, settings } = job;
  const file = `.flinkops/compiled/${env}/${job.name}.sql`;
  onFirstRead(job, 'statements', () => analyzeScript(script, file).statements);
  onFirstRead(job, 'metadataHash', () => metadataHash(settings));
}

/** `target[key]` computed on its first read and kept; a value written over it is the value read. */
export function onFirstRead<T extends object, K extends keyof T>(
  target: T,
  key: K,
  compute: () => T[K],
): void {
  let value: T[K] | undefined;
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      value ??= compute();
      return value;
    },
    set: (v: T[K]) => {
      value = v;
    },
  });
}
