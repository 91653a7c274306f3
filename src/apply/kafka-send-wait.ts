/**
 * How long the health check watches a Kafka sink that took records in and sent none: as long as its
 * producer may block in its first send before it gives up, read from the sink tables' own options.
 *
 * Kafka's producer (3.9 `KafkaProducer.doSend` → `waitOnMetadata`) waits up to `max.block.ms`
 * (60 s by default) for the topic's metadata, in `send()`, then fails the record with "Topic …
 * not present in metadata after N ms." The Flink connector (KafkaSinkBuilder) passes every
 * `properties.*` option to the producer and sets no `max.block.ms` of its own, and counts a record
 * sent (`numRecordsSend`) once `send()` returns. No other producer timeout decides that failure:
 * `delivery.timeout.ms` and `request.timeout.ms` count from a record appended, after its metadata.
 */
import { KAFKA_CONNECTORS } from '../core/kafka-topic';
import type { Statement } from '../sql/types';

export interface KafkaSendWait {
  /** How long to watch on after the grace period: the longest block, bounded, plus a margin. */
  ms: number;
  /** Which option decided it, for the health check's messages. */
  decidedBy: string;
  /** The job's Kafka sink tables (none known: a job started from elsewhere). */
  sinks?: string[];
}

/** The Kafka producer's own `max.block.ms` default. */
export const KAFKA_DEFAULT_MAX_BLOCK_MS = 60_000;
/** Past the block: Flink fails the task on its next mailbox action and the JobManager records it. */
export const KAFKA_SEND_MARGIN_MS = 15_000;
/** The longest block waited for: a larger `max.block.ms` (up to Long.MAX_VALUE) would hold apply for ever. */
export const KAFKA_SEND_WAIT_CAP_MS = 10 * 60_000;

const MAX_BLOCK = 'properties.max.block.ms';

/** The wait of a job whose sinks' options are unknown: the producer's default. */
export const DEFAULT_KAFKA_SEND_WAIT: KafkaSendWait = {
  ms: KAFKA_DEFAULT_MAX_BLOCK_MS + KAFKA_SEND_MARGIN_MS,
  decidedBy: "the Kafka producer's default max.block.ms (60 s)",
};

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/** `max.block.ms` as Kafka reads it (a LONG: digits, trimmed); undefined for another text. */
function blockMs(value: string): number | undefined {
  const v = value.trim();
  return /^\d{1,19}$/.test(v) ? Number(v) : undefined;
}

/**
 * The wait for the Kafka sinks `statements` (a job's compiled script) write: the longest
 * `properties.max.block.ms` among them (a table's option, or an OPTIONS hint on the INSERT),
 * the producer's default where none is set or it cannot be read (a `${secret.…}`), bounded by
 * KAFKA_SEND_WAIT_CAP_MS, plus KAFKA_SEND_MARGIN_MS.
 */
export function kafkaSendWait(statements: readonly Statement[]): KafkaSendWait {
  const tables = new Map<string, Record<string, string>>();
  for (const st of statements) if (st.table) tables.set(st.table.name.name, st.table.options);
  let best: { ms: number; decidedBy: string } | undefined;
  const seen = new Set<string>();
  const sinks = new Set<string>();
  for (const st of statements) {
    for (const w of st.writes) {
      const options = { ...(tables.get(w.name) ?? {}), ...(w.options ?? {}) };
      const connector = options.connector?.trim().toLowerCase();
      if (connector === undefined || !KAFKA_CONNECTORS.has(connector)) continue;
      const key = `${w.name}\0${JSON.stringify(w.options ?? {})}`;
      if (seen.has(key)) continue;
      seen.add(key);
      sinks.add(w.name);
      const raw = options[MAX_BLOCK];
      const ms = raw === undefined ? undefined : blockMs(raw);
      const candidate =
        ms === undefined
          ? {
              ms: KAFKA_DEFAULT_MAX_BLOCK_MS,
              decidedBy: `the Kafka producer's default max.block.ms (60 s) of sink table \`${w.name}\`${raw === undefined ? '' : ` (its ${MAX_BLOCK} '${raw}' is not a number of milliseconds)`}`,
            }
          : { ms, decidedBy: `${MAX_BLOCK} = ${raw!.trim()} (${seconds(ms)}) of sink table \`${w.name}\`` };
      if (!best || candidate.ms > best.ms) best = candidate;
    }
  }
  if (!best) return DEFAULT_KAFKA_SEND_WAIT;
  if (best.ms > KAFKA_SEND_WAIT_CAP_MS)
    return {
      ms: KAFKA_SEND_WAIT_CAP_MS + KAFKA_SEND_MARGIN_MS,
      decidedBy: `${best.decidedBy}, bounded at ${seconds(KAFKA_SEND_WAIT_CAP_MS)}`,
      sinks: [...sinks],
    };
  return { ms: best.ms + KAFKA_SEND_MARGIN_MS, decidedBy: best.decidedBy, sinks: [...sinks] };
}
