/**
 * The two ends of a Kafka topic the plan changes apart: a --target that leaves one end out (FO731),
 * a deletion that leaves readers without a writer (FO730).
 */

import type { DesiredState } from '../compile/model';
import { type Diagnostic, warning } from '../core/diagnostics';
import {
  jobTopicKeys,
  jobTopicUses,
  kafkaTopicKeys,
  tableTopicKeys,
  topicOfKey,
  topicsRead,
} from '../core/kafka-topic';
import { analyzeScript } from '../sql/analyze';
import type { StateDoc } from '../state/model';
import { PLAN_CODES } from './codes';
import { fileRange } from './job-inputs';
import { relationsOf } from './lineage';
import type { JobChange, PlanTargeting } from './model';

/**
 * FO731: `--target` keeps a change of one job and leaves out a change of another job on the other
 * end of a Kafka topic (same topic and brokers, through tables of their own). Applied alone, the
 * consumer reads what the producer's running version writes (or the producer writes for the
 * consumer's running version): a change of the topic's shape made on both ends is half made.
 */
export function topicsSplitByTarget(
  kept: readonly JobChange[],
  targeting: PlanTargeting,
  desired: DesiredState,
): Diagnostic[] {
  if (targeting.omitted.length === 0) return [];
  const keysOf = tableTopicKeys(desired.tables);
  const jobs = new Map(desired.jobs.map((j) => [j.name, j]));
  const keys = (job: string, side: 'sources' | 'sinks') => {
    const j = jobs.get(job);
    return j ? jobTopicKeys(j, keysOf, side === 'sources' ? 'reads' : 'writes') : new Set<string>();
  };
  // What `reads` (topic keys, patterns among them) reads of `writes`: the topics written.
  const between = (reads: Set<string>, writes: Set<string>) =>
    new Set([...reads].flatMap((r) => topicsRead(r, writes)).map(topicOfKey));
  const out: Diagnostic[] = [];
  for (const c of kept) {
    const job = jobs.get(c.job);
    if (c.action === 'none' || c.refused || !job) continue;
    const reads = keys(c.job, 'sources');
    const writes = keys(c.job, 'sinks');
    for (const o of targeting.omitted) {
      const produces = [...between(reads, keys(o.job, 'sinks'))];
      const consumes = [...between(keys(o.job, 'sources'), writes)];
      if (produces.length === 0 && consumes.length === 0) continue;
      const topics = [...new Set([...produces, ...consumes])].join(', ');
      const how =
        produces.length > 0
          ? `which writes Kafka topic ${topics} that ${c.job} reads`
          : `which reads Kafka topic ${topics} that ${c.job} writes`;
      out.push(
        warning(
          PLAN_CODES.topicSplitByTarget,
          `--target leaves out the ${o.action} of job ${o.job}, ${how}`,
          `A topic carries no schema: applied alone, ${produces.length > 0 ? `${c.job} reads what the running version of ${o.job} writes` : `${o.job}, as it runs now, reads what the new version of ${c.job} writes`} until ${o.job} is applied too. A column added, renamed or retyped on both ends is NULL (or fails to parse) meanwhile. Plan without --target, or add --target ${o.job}: apply then changes the writing job first.`,
          fileRange(job.sqlFile),
        ),
      );
    }
  }
  return out;
}

/**
 * FO730: a deleted job was the only one of the repository writing a Kafka topic that jobs staying
 * read (through a table of their own on the same topic and brokers). Real Flink 2.2: with the
 * middle job of a chain deleted, the job reading its topic ran on, RUNNING and healthy, and read
 * nothing new; no error anywhere says so.
 */
export function topicsLeftUnwritten(
  changes: readonly JobChange[],
  desired: DesiredState,
  doc: StateDoc,
): Diagnostic[] {
  const deleted = changes.filter((c) => c.action === 'delete' && !c.refused);
  if (deleted.length === 0) return [];
  const gone = new Set(deleted.map((c) => c.job));
  const keysOf = tableTopicKeys(desired.tables);
  const staying = desired.jobs.filter((j) => !gone.has(j.name));
  const stillWritten = new Set(staying.flatMap((j) => [...jobTopicKeys(j, keysOf, 'writes')]));
  const out: Diagnostic[] = [];
  for (const d of deleted) {
    const script = doc.jobs[d.job]?.current?.script;
    if (script === undefined) continue;
    // The tables it wrote: the repository's, its script's own (INSERT INTO, CREATE TABLE ... AS).
    const sinks = new Set(relationsOf(script).writes);
    const { statements } = analyzeScript(script, `jobs/${d.job}.sql`);
    for (const st of statements)
      for (const s of [st, ...(st.inner ?? [])])
        for (const r of s.writes) if (r.parts.length === 1) sinks.add(r.name);
    const written = new Set(
      statements.flatMap((st) =>
        st.table && sinks.has(st.table.name.name)
          ? kafkaTopicKeys(st.table.options.connector, st.table.options)
          : [],
      ),
    );
    for (const j of staying) {
      const read = jobTopicUses(j, keysOf, 'reads').flatMap(({ table: t, key }) =>
        topicsRead(key, written)
          .filter((k) => !stillWritten.has(k))
          .map((k) => ({ t, k })),
      );
      if (read.length === 0) continue;
      const topics = [...new Set(read.map((r) => topicOfKey(r.k)))].join(', ');
      const tables = [...new Set(read.map((r) => r.t))].join(', ');
      out.push(
        warning(
          PLAN_CODES.topicLeftUnwritten,
          `Job ${d.job} is deleted, but job ${j.name} reads Kafka topic ${topics} (table ${tables}), which no other job of the repository writes`,
          `Once ${d.job} stops, nothing of this repository writes ${topics}: ${j.name} keeps running, healthy, and reads no new record, without an error. Delete or change ${j.name} in the same change (a job of its own writing ${topics}, or another source), or keep ${d.job}. When another system writes ${topics}, nothing is lost.`,
          fileRange(j.sqlFile),
        ),
      );
    }
  }
  return out;
}
