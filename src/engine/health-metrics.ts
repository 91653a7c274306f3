/**
 * Health rules on a job's metrics (observeMetrics): back-pressure as a share of time, busy
 * ratio, watermark lag, Kafka consumer lag, throughput and checkpoint duration. Pure.
 */
import type { HealthSettings } from '../load/types';
import type { LiveJob } from '../observe';

/** The rules judged on a job's metrics. */
export const METRIC_RULES = [
  'maxBusy',
  'maxWatermarkLag',
  'maxConsumerLag',
  'minRecordsInPerSecond',
  'maxCheckpointDuration',
] as const;
export type MetricRule = (typeof METRIC_RULES)[number];

export interface MetricBreach {
  rule: MetricRule | 'maxBackPressure';
  summary: string;
  detail: string;
}

/** Settings whose rules need the job's metrics read. */
export function needsMetrics(h: HealthSettings | undefined): boolean {
  return (
    h !== undefined &&
    (typeof h.maxBackPressure === 'number' ||
      h.maxBusy !== undefined ||
      h.maxWatermarkLag !== undefined ||
      h.maxConsumerLag !== undefined ||
      h.minRecordsInPerSecond !== undefined)
  );
}

export const pct = (x: number): string => `${Math.round(x * 100)}%`;

/** 1234567 → 1.2M, 12345 → 12.3k, 12.34 → 12.3 */
export function formatCount(x: number): string {
  const a = Math.abs(x);
  if (a >= 1e9) return `${(x / 1e9).toFixed(1)}G`;
  if (a >= 1e6) return `${(x / 1e6).toFixed(1)}M`;
  if (a >= 1e4) return `${(x / 1e3).toFixed(1)}k`;
  return a >= 100 || Number.isInteger(x) ? String(Math.round(x)) : x.toFixed(1);
}

/**
 * The breaches of the metric rules. `ms` parses the schema's durations; `fmt` prints them;
 * `uptimeMs` is how long the job has run (for minRecordsInPerSecond's window).
 */
export function metricBreaches(
  h: HealthSettings,
  j: LiveJob,
  uptimeMs: number,
  windowMs: number,
  ms: (d: string) => number | undefined,
  fmt: (ms: number) => string,
  /** The job reads a table with a WATERMARK: a watermark that never came is a lag too. */
  eventTime = false,
): MetricBreach[] {
  const out: MetricBreach[] = [];
  const m = j.metrics;
  if (typeof h.maxBackPressure === 'number' && m?.backPressure && m.backPressure.value > h.maxBackPressure) {
    out.push({
      rule: 'maxBackPressure',
      summary: `back-pressured ${pct(m.backPressure.value)} of the time at ${m.backPressure.vertex} (at most ${pct(h.maxBackPressure)})`,
      detail:
        'An operator after it cannot keep up' +
        (m.busy ? ` (the busiest is ${m.busy.vertex}, busy ${pct(m.busy.value)})` : '') +
        '. Raise the parallelism of the job or of that operator, or make the sink faster.',
    });
  }
  if (h.maxBusy !== undefined && m?.busy && m.busy.value > h.maxBusy) {
    out.push({
      rule: 'maxBusy',
      summary: `${m.busy.vertex} is busy ${pct(m.busy.value)} of the time (at most ${pct(h.maxBusy)})`,
      detail:
        'That operator is the bottleneck of the job: raise the parallelism, or look at what it computes.',
    });
  }
  const wmMax = h.maxWatermarkLag !== undefined ? ms(h.maxWatermarkLag) : undefined;
  if (wmMax !== undefined && m?.watermarkLagMs !== undefined && m.watermarkLagMs > wmMax) {
    out.push({
      rule: 'maxWatermarkLag',
      summary: `the watermark is ${fmt(m.watermarkLagMs)} behind now (at most ${h.maxWatermarkLag})`,
      detail:
        'Event time does not advance: a source partition may be idle (set scan.watermark.idle-timeout or ' +
        'table.exec.source.idle-timeout) or the job reads old data slower than it arrives.',
    });
  }
  if (
    wmMax !== undefined &&
    eventTime &&
    m?.watermarkMissingAt !== undefined &&
    // No vertex has a watermark at all (a branch without event time in a statement set reports
    // none either, while the event-time branch does when it advances).
    m.watermarkLagMs === undefined &&
    uptimeMs > wmMax
  ) {
    out.push({
      rule: 'maxWatermarkLag',
      summary: `no watermark has reached ${m.watermarkMissingAt} since the job started ${fmt(uptimeMs)} ago (at most ${h.maxWatermarkLag})`,
      detail:
        'The job reads event time, but its watermark has not advanced at all, so its windows and timers never fire: a source subtask ' +
        "with no partition to read (the job's parallelism above the topic's partition count) or an idle partition holds it back. " +
        'Set scan.watermark.idle-timeout on the source table (or table.exec.source.idle-timeout), or run the source at most at its partition count.',
    });
  }
  if (h.maxConsumerLag !== undefined && m?.consumerLag !== undefined && m.consumerLag > h.maxConsumerLag) {
    out.push({
      rule: 'maxConsumerLag',
      summary: `Kafka sources are ${formatCount(m.consumerLag)} records behind (at most ${formatCount(h.maxConsumerLag)})`,
      detail:
        'The job reads slower than the topic grows. Raise its parallelism (up to the partition count) or remove ' +
        'the back-pressure that slows its sources.',
    });
  }
  if (
    h.minRecordsInPerSecond !== undefined &&
    m?.recordsInPerSecond !== undefined &&
    uptimeMs >= windowMs &&
    m.recordsInPerSecond < h.minRecordsInPerSecond
  ) {
    out.push({
      rule: 'minRecordsInPerSecond',
      summary: `sources read ${formatCount(m.recordsInPerSecond)} records/s (at least ${formatCount(h.minRecordsInPerSecond)})`,
      detail:
        'Too little comes in: check that upstream still produces, that the job reads the right topic or table, ' +
        'and that no source is back-pressured.',
    });
  }
  const cpMax = h.maxCheckpointDuration !== undefined ? ms(h.maxCheckpointDuration) : undefined;
  const cp = j.lastCheckpoint?.durationMs;
  if (cpMax !== undefined && cp !== undefined && cp > cpMax) {
    out.push({
      rule: 'maxCheckpointDuration',
      summary: `the last checkpoint took ${fmt(cp)} (at most ${h.maxCheckpointDuration})`,
      detail:
        'Slow checkpoints usually mean back-pressure delaying the barriers or large state: look at the ' +
        'checkpoint details in the Flink UI, consider unaligned checkpoints or incremental RocksDB state.',
    });
  }
  return out;
}
