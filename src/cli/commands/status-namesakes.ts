/**
 * Jobs of other projects sharing the cluster under the same job names as this environment's
 * (`teamb.dev.orders` beside `teama.dev.orders`): the Flink UI lists both as "orders"-something,
 * so `status` says which is not this repository's, and that flinkops leaves it alone.
 */
import type { LiveState, Namesake } from '../../observe';

/** The namesakes of the jobs `status` shows, sorted by job then name. */
export function otherProjectNamesakes(jobs: readonly string[], live: LiveState): Namesake[] {
  const shown = new Set(jobs);
  return (live.namesakes ?? []).filter((n) => shown.has(n.job));
}

/** The lines printed below the status table, or nothing when no other project uses these names. */
export function namesakeLines(namesakes: readonly Namesake[]): string {
  if (namesakes.length === 0) return '';
  const lines = namesakes.map((n) => `  ${n.job}: ${n.name} (${n.jobId}), project ${n.project}`);
  return `\nThe same job names run here for other projects: not this repository's jobs, never shown above or changed by it:\n${lines.join('\n')}\n`;
}
