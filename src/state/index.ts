/**
 * State store: what the cluster forgets (savepoint paths of stopped jobs, the script a job was
 * started from, the rollback target, history), kept in one versioned JSON document per
 * environment and written with compare-and-swap under an advisory lock.
 */
export * from './document';
export * from './file-store';
export * from './memory-store';
export * from './model';
export * from './records';
export * from './secrets';
export * from './store';
