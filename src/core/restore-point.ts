/**
 * What a restore path is: Flink names a retained checkpoint's folder `chk-<n>` (in the job's
 * checkpoint folder) and a savepoint's `savepoint-…`. The store keeps the checkpoints a last-state
 * upgrade, a stop by cancel or a recovery restored beside the savepoints, and pins may name either.
 */
export function restorePointKind(path: string): 'checkpoint' | 'savepoint' {
  return /\/chk-\d+\/?$/.test(path) ? 'checkpoint' : 'savepoint';
}
