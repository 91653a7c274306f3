/**
 * The Kafka sinks of a simulated job, and what a topic the simulated brokers do not have
 * (`faults.missingKafkaTopics`) does to them. Real Flink 1.20.3 and 2.2.0 with Kafka 3.9.2
 * (`auto.create.topics.enable=false`): the job RUNNING, its sink writer holding the first record
 * of each subtask (`numRecordsIn` 1, `numRecordsSend` 0, its producer's `record-send-total` 0),
 * blocked in the producer's send for `max.block.ms` (60 s by default) while no checkpoint
 * completes, then failed with Kafka's `TimeoutException: Topic … not present in metadata after
 * N ms.` (restarted with checkpointing on, FAILED without: no restart strategy).
 */

import { KAFKA_CONNECTORS } from '../core/kafka-topic';
import { tableKey } from '../core/operator-state';
import type { SimJob } from './model';

export interface SimKafkaSink {
  /** The writer operator as its vertex names it: `out[4]: Writer`. */
  operator: string;
  /** The topic it writes. */
  topic: string;
  /** Its producer's `max.block.ms` (the table's `properties.max.block.ms`, 60000 by default). */
  maxBlockMs: number;
}

const WRITER = /([^\s()>,[\]]+)\[\d+\]: Writer/g;

/** The Kafka sink writers of the job's vertices, with the topic each writes. */
export function kafkaSinks(job: SimJob): SimKafkaSink[] {
  const out: SimKafkaSink[] = [];
  for (const v of job.vertices) {
    for (const m of v.name.matchAll(WRITER)) {
      const o = job.spec.tableOptions?.[tableKey(m[1]!)];
      const connector = o?.connector?.trim().toLowerCase();
      if (!o || connector === undefined || !KAFKA_CONNECTORS.has(connector) || !o.topic) continue;
      const block = Number(o['properties.max.block.ms']?.trim());
      out.push({
        operator: m[0],
        topic: o.topic.trim(),
        maxBlockMs: Number.isFinite(block) && block >= 0 ? block : 60_000,
      });
    }
  }
  return out;
}

/** The job's Kafka sinks that write a topic in `missing`: each blocks in its first send. */
export function blockedKafkaSinks(job: SimJob, missing: readonly string[]): SimKafkaSink[] {
  if (missing.length === 0) return [];
  return kafkaSinks(job).filter((s) => missing.includes(s.topic));
}

/** Kafka's message for a send given up on for want of the topic's metadata. */
export function metadataTimeout(sink: SimKafkaSink): { className: string; message: string } {
  return {
    className: 'org.apache.kafka.common.errors.TimeoutException',
    message: `Topic ${sink.topic} not present in metadata after ${sink.maxBlockMs} ms.`,
  };
}
