/**
 * The tables a running SQL job writes, as its vertex names say (`Source: orders[1] -> Calc[2]`,
 * `totals[5]: Writer`, `Sink: totals[5]`): how a job adopted under a managed name is told apart
 * from another query that ended up under it. Names only, without catalog and database.
 */
import { chainedOperators } from '../core/vertex-name';
import type { LiveVertex } from '../observe/model';

const WRITER = /^(.+?)(?:\[\d+\])?: Writer$/;
const SINK = /^Sink: (.+?)(?:\[\d+\])?$/;
/**
 * The filesystem connector's sink (Flink's StreamingSink): a `StreamingFileWriter` (and a
 * `PartitionCommitter`) ending in a discarding sink named `end: Writer`, none of them naming the
 * table. Real Flink 1.20.3 and 2.2.0: `Source: orders[1] -> Calc[2] -> StreamingFileWriter`, `end: Writer`.
 */
const FILE_SINK = new Set(['StreamingFileWriter', 'PartitionCommitter']);
const FILE_SINK_END = 'end: Writer';

/** The tables a job's vertices write, and whether one writes a table it does not name (files). */
function vertexSinks(vertices: readonly LiveVertex[]): { named: Set<string>; unnamed: boolean } {
  const named = new Set<string>();
  let unnamed = false;
  for (const v of vertices)
    for (const part of chainedOperators(v.name)) {
      if (FILE_SINK.has(part)) unnamed = true;
      if (FILE_SINK.has(part) || part === FILE_SINK_END) continue;
      const m = WRITER.exec(part) ?? SINK.exec(part);
      if (m) named.add(m[1]!.toLowerCase());
    }
  return { named, unnamed };
}

/** The tables the job's vertices write, in lower case; empty when no vertex names one. */
export function liveSinks(vertices: readonly LiveVertex[]): Set<string> {
  return vertexSinks(vertices).named;
}

/** A table name's last part, unquoted, in lower case (`cat.db.totals` → `totals`). */
export function objectName(name: string): string {
  return (name.split('.').pop() ?? name).replaceAll('`', '').toLowerCase();
}

/**
 * The tables a running job writes when none of them is one the repository's job writes: another
 * query runs under the job's name. Undefined when they share one, or the vertices name none, or the job writes
 * files (whose table the vertices do not name).
 */
export function otherSinks(
  vertices: readonly LiveVertex[],
  repoSinks: readonly string[],
): string[] | undefined {
  const { named: live, unnamed } = vertexSinks(vertices);
  // A table written without its name in the vertices (files) may be one of the repository's.
  if (live.size === 0 || unnamed || repoSinks.length === 0) return undefined;
  const mine = new Set(repoSinks.map(objectName));
  return [...live].some((t) => mine.has(t)) ? undefined : [...live].sort();
}
