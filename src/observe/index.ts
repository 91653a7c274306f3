/**
 * Observe: reads the live cluster into a `LiveState` (managed jobs found by name and labels,
 * their parallelism, checkpoints and the scheduler), the `live` input of the plan.
 */
export * from './health';
export * from './live-state';
export * from './metrics';
export * from './model';
export * from './pool';
export * from './strays';
