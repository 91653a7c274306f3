/**
 * The tables a running SQL job writes, as its vertex names say (`Source: orders[1] -> Calc[2]`,
 * `totals[5]: Writer`, `Sink: totals[5]`): how a job adopted under a managed name is told apart
 * from another query that ended up under it. Names only, without catalog and database.
 */
import type { LiveVertex } from '../observe/model';

const WRITER = /^(.+?)(?:\[\d+\])?: Writer$/;
const SINK = /^Sink: (.+?)(?:\[\d+\])?$/;

/** The tables the job's vertices write, in lower case; empty when no vertex names one. */
export function liveSinks(vertices: readonly LiveVertex[]): Set<string> {
  const out = new Set<string>();
  for (const v of vertices)
    for (const part of v.name.split(' -> ')) {
      const m = WRITER.exec(part) ?? SINK.exec(part);
      if (m) out.add(m[1]!.toLowerCase());
    }
  return out;
}

/** A table name's last part, unquoted, in lower case (`cat.db.totals` → `totals`). */
export function objectName(name: string): string {
  return (name.split('.').pop() ?? name).replaceAll('`', '').toLowerCase();
}

/**
 * The tables a running job writes when none of them is one the repository's job writes: another
 * query runs under the job's name. Undefined when they share one, or the vertices name none.
 */
export function otherSinks(
  vertices: readonly LiveVertex[],
  repoSinks: readonly string[],
): string[] | undefined {
  const live = liveSinks(vertices);
  if (live.size === 0 || repoSinks.length === 0) return undefined;
  const mine = new Set(repoSinks.map(objectName));
  return [...live].some((t) => mine.has(t)) ? undefined : [...live].sort();
}
