/**
 * What a restore path is: Flink names a retained checkpoint's folder `chk-<n>` (in the job's
 * checkpoint folder) and a savepoint's `savepoint-…`. The store keeps the checkpoints a last-state
 * upgrade, a stop by cancel or a recovery restored beside the savepoints, and pins may name either.
 */
export function restorePointKind(path: string): 'checkpoint' | 'savepoint' {
  return /\/chk-\d+\/?$/.test(path) ? 'checkpoint' : 'savepoint';
}

/**
 * The restore path Flink says it cannot find ("Cannot find checkpoint or savepoint file/directory
 * '<path>' on file system …": its folder deleted, a path mistyped), from a message or cause.
 */
export function missingRestorePoint(message: string): string | undefined {
  return /Cannot find checkpoint or savepoint file\/directory '([^']*)'/.exec(message)?.[1];
}
