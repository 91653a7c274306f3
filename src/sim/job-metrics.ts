/**
 * `/jobs/:jid/vertices/:vid/subtasks/metrics` as Flink 1.16–2.3 answer it: without `get` the
 * names the subtasks report (`[{"id"}]`); with `get=a,b&agg=…` each name found, aggregated over
 * the subtasks (`min`, `max`, `avg`, `sum`, `skew`; all when `agg` is absent; NaN as the string
 * "NaN", like Flink). A job's shape (its load, back-pressure, lag) is a switch tests set.
 */
import { chainedOperators } from '../core/vertex-name';
import { kafkaSinks } from './kafka-sinks';
import type { MetricShape, SimJob, SimVertex } from './model';

/** What a job's metrics show. Defaults: a job keeping up with 1000 records/s per subtask. */
export type { MetricShape } from './model';

export const DEFAULT_SHAPE: MetricShape = {
  recordsPerSecond: 1000,
  backPressure: 0,
  watermarkLagMs: null,
  consumerLag: null,
};

type Json = Record<string, unknown>;

const LONG_MIN = -9.223372036854776e18;
const AGGS = ['min', 'max', 'avg', 'sum', 'skew'] as const;

function shapeOf(job: SimJob): MetricShape {
  const bp = job.backpressure === 'high' ? 0.8 : job.backpressure === 'low' ? 0.3 : 0;
  return { ...DEFAULT_SHAPE, backPressure: bp, ...job.metricShape };
}

/**
 * The operator-scope prefix Flink gives an operator in its vertex's listing (MetricQueryService
 * turns ' ', '.', ':' and ',' into '_'): `Source: events[1]` → `Source__events[1]`,
 * `counts[3]: Writer` → `counts[3]__Writer`.
 */
function operatorScope(operator: string): string {
  return operator.replace(/[ .:,]/g, '_');
}

/** Sink operators as Flink names them: a SinkFunction `Sink: t[3]`, a Sink V2 writer `t[3]: Writer`. */
function isSinkOperator(operator: string): boolean {
  return operator.startsWith('Sink: ') || operator.endsWith(': Writer');
}

/** Per-subtask values of each metric of one vertex. */
function vertexValues(job: SimJob, v: SimVertex, index: number, now: number): Map<string, number[]> {
  const s = shapeOf(job);
  const n = Math.max(1, v.parallelism);
  const isSource = v.name.startsWith('Source:');
  const firstAfterSources = !isSource && index > 0 && job.vertices[index - 1]!.name.startsWith('Source:');
  // Subtasks differ a little, as real ones do; timestamps do not scale.
  const each = (x: number) => Array.from({ length: n }, (_, i) => x * (1 + ((i % 3) - 1) * 0.02));
  const same = (x: number) => Array.from({ length: n }, () => x);
  // A back-pressured source emits only what the slow vertex takes.
  const total = s.recordsPerSecond * job.parallelism * (1 - s.backPressure);
  const perSubtask = total / n;
  const out = new Map<string, number[]>();
  // A chain (`Source: events[1] -> Calc[2] -> counts[3]: Writer`), or one that forks into a
  // statement set's sinks (`… -> (Calc[3] -> a[4]: Writer, Calc[5] -> b[6]: Writer)`): Flink scopes
  // each operator's metrics by its own name, never with the parentheses or commas of the fork.
  const operators = chainedOperators(v.name);
  // At the vertex's scope, records that cross the network: none into a source, none out of a sink.
  out.set('numRecordsInPerSecond', each(isSource ? 0 : perSubtask));
  out.set('numRecordsOutPerSecond', each(isSinkOperator(operators.at(-1)!) ? 0 : perSubtask));
  for (const [k, operator] of operators.entries()) {
    const scope = operatorScope(operator);
    out.set(`${scope}.numRecordsInPerSecond`, each(isSource && k === 0 ? 0 : perSubtask));
    out.set(`${scope}.numRecordsOutPerSecond`, each(isSinkOperator(operator) ? 0 : perSubtask));
  }
  const kafka = new Set(kafkaSinks(job).map((k) => k.operator));
  for (const operator of operators) {
    if (!kafka.has(operator)) continue;
    // A Kafka sink writer's counters, and its producer's metrics under `KafkaProducer` (real 1.20.3
    // and 2.2.0 list 79 of them; these are the ones read). Blocked on a topic the brokers do not
    // have: one record taken in per subtask, none sent.
    const scope = operatorScope(operator);
    const blocked = job.kafkaBlocked?.includes(operator) === true;
    const taken = blocked
      ? 1
      : Math.floor((perSubtask * Math.max(0, now - (job.runningSince ?? now))) / 1000);
    const sent = blocked ? 0 : taken;
    out.set(`${scope}.numRecordsIn`, same(taken));
    out.set(`${scope}.numRecordsSend`, same(sent));
    out.set(`${scope}.numRecordsSendErrors`, same(0));
    out.set(`${scope}.currentSendTime`, same(0));
    out.set(`${scope}.KafkaProducer.record-send-total`, same(sent));
    out.set(`${scope}.KafkaProducer.record-error-total`, same(0));
    out.set(`${scope}.KafkaProducer.waiting-threads`, same(0));
  }
  out.set('backPressuredTimeMsPerSecond', each(isSource ? s.backPressure * 1000 : 0));
  out.set(
    'busyTimeMsPerSecond',
    isSource ? each(Number.NaN) : each(firstAfterSources && s.backPressure > 0 ? 990 : 120),
  );
  out.set(
    'idleTimeMsPerSecond',
    each(isSource ? 0 : 1000 - (firstAfterSources && s.backPressure > 0 ? 990 : 120)),
  );
  if (!isSource)
    out.set('currentInputWatermark', same(s.watermarkLagMs === null ? LONG_MIN : now - s.watermarkLagMs));
  if (isSource) {
    const scope = operatorScope(operators[0]!);
    out.set(
      `${scope}.currentOutputWatermark`,
      each(s.watermarkLagMs === null ? LONG_MIN : now - s.watermarkLagMs),
    );
    if (s.consumerLag !== null) {
      // As a real KafkaSource: its own pendingRecords, and the same lag once more as its
      // KafkaConsumer's records-lag-max (Kafka's metrics, registered under the reader's group).
      out.set(`${scope}.pendingRecords`, each(s.consumerLag));
      out.set(`${scope}.KafkaSourceReader.KafkaConsumer.records-lag-max`, each(s.consumerLag));
    }
  }
  return out;
}

function aggregate(values: number[], agg: (typeof AGGS)[number]): number {
  const sum = values.reduce((a, b) => a + b, 0);
  const avg = sum / values.length;
  switch (agg) {
    case 'min':
      return Math.min(...values);
    case 'max':
      return Math.max(...values);
    case 'sum':
      return sum;
    case 'avg':
      return avg;
    case 'skew': {
      const dev = values.reduce((a, b) => a + Math.abs(b - avg), 0) / values.length;
      return avg === 0 ? 0 : (dev / avg) * 100;
    }
  }
}

/** The answer to `GET …/subtasks/metrics[?get=…&agg=…]`; `undefined` for an unknown vertex. */
export function subtaskMetrics(
  job: SimJob,
  vid: string,
  query: URLSearchParams,
  now: number,
): Json[] | undefined {
  const index = job.vertices.findIndex((v) => v.id === vid);
  if (index < 0) return undefined;
  const values =
    job.state === 'RUNNING'
      ? vertexValues(job, job.vertices[index]!, index, now)
      : new Map<string, number[]>();
  const get = query.get('get');
  if (get === null) return [...values.keys()].sort().map((id) => ({ id }));
  const aggs = (query.get('agg') ?? AGGS.join(','))
    .split(',')
    .filter((a): a is (typeof AGGS)[number] => (AGGS as readonly string[]).includes(a));
  const out: Json[] = [];
  for (const id of get.split(',')) {
    const v = values.get(id);
    if (!v) continue;
    const m: Json = { id };
    for (const a of aggs) {
      const x = aggregate(v, a);
      m[a] = Number.isFinite(x) ? x : 'NaN';
    }
    out.push(m);
  }
  return out;
}
