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

/**
 * A savepoint or checkpoint path in one spelling, as Flink reports most (`file:/x`), whether written
 * `file:/x`, `file:///x` or `/x` (Flink reads a path without a scheme on the local file system),
 * without a trailing slash. Paths read from Flink are kept in it; a `restoreFrom:` pin keeps the
 * user's spelling, and every comparison of two paths goes through it (sameSavepointPath).
 */
export function savepointPathKey(path: string): string {
  const p = path.replace(/\/+$/, '');
  return p.startsWith('/') ? `file:${p}` : p.replace(/^file:\/\/\//, 'file:/');
}

/** Two spellings of one savepoint or checkpoint folder (see savepointPathKey). */
export function sameSavepointPath(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && savepointPathKey(a) === savepointPathKey(b);
}
