/** Flink's key groups: what keyed state is split into, and restores only under the same number. */

/** The max parallelism of a job that sets none (Flink's KeyGroupRangeAssignment.computeDefaultMaxParallelism). */
export function defaultMaxParallelism(parallelism: number): number {
  const p = Math.max(1, parallelism);
  return Math.min(Math.max(2 ** Math.ceil(Math.log2(p + Math.floor(p / 2))), 128), 32_768);
}
