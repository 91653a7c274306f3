/**
 * observeMetrics(): throughput, back-pressure, busy ratio, watermark lag and Kafka consumer lag of
 * the newest running instance of each job (and every copy of a job running twice), from `GET /jobs/:id/vertices/:vid/subtasks/metrics`.
 * One request per vertex with every name in `get=` (aggregated over its subtasks), plus one
 * listing per source vertex to find its operator-scoped names (`Source__<name>.pendingRecords`),
 * all through one limiter.
 */
import { type Diagnostic, type Result, warning } from '../core/diagnostics';
import type { AggregatedMetric } from '../flink';
import type { FlinkClient } from '../flink/client';
import {
  type JobMetrics,
  judgedInstances,
  type LiveJob,
  type LiveState,
  type LiveVertex,
  type VertexValue,
} from './model';
import { createLimiter } from './pool';

export interface MetricsObserveOptions {
  /** Jobs (repository names) whose metrics are read; all when absent. */
  jobs?: ReadonlySet<string>;
  /** Requests in flight at once. Default 16. */
  concurrency?: number;
  /** Epoch ms the watermark lag is measured against. */
  now: number;
}

export const METRICS_OBSERVE_CODES = {
  /** Warning: the metrics of a vertex could not be read. */
  metricsUnreadable: 'FO656',
} as const;

/** Read on every vertex (vertex scope: the task's own metrics). */
export const VERTEX_METRICS = [
  'numRecordsInPerSecond',
  'numRecordsOutPerSecond',
  'backPressuredTimeMsPerSecond',
  'busyTimeMsPerSecond',
  'currentInputWatermark',
] as const;

/** Operator-scoped names of a source vertex worth reading, found in its metric listing. */
const SOURCE_OUT = /^Source__[^.]*\.numRecordsOutPerSecond$/;
/**
 * A sink operator's input in its vertex's listing, chained or not: `Sink__counts[3]` (a
 * SinkFunction, Flink 1.x) or `counts[3]__Writer` (a Sink V2 writer). A sink chained into its
 * source's vertex (the common `INSERT INTO ... SELECT ... FROM one source`) shows nothing at the
 * vertex's scope: no records arrive over the network, and none leave it.
 */
const SINK_IN = /^(Sink__[^.]*|[^.]*__Writer)\.numRecordsInPerSecond$/;
/** A vertex whose chain may end in a sink, by the names Flink gives sink operators. */
const SINK_OPERATOR = /(^|-> |\(|, )Sink: |: Writer\b/;
/** FLIP-33 `pendingRecords` (KafkaSource) and the legacy FlinkKafkaConsumer's `records-lag-max`. */
const CONSUMER_LAG = /(^|\.)(pendingRecords|KafkaConsumer\.records-lag-max)$/;

function isSourceVertex(v: LiveVertex): boolean {
  return v.role === 'source' || (v.role === undefined && v.name.startsWith('Source:'));
}

/** Flink reports "no watermark yet" as Long.MIN_VALUE. */
const NO_WATERMARK = -9e18;

interface VertexRead {
  v: LiveVertex;
  values: Map<string, AggregatedMetric>;
}

/** A copy of `live` whose newest running instances carry `metrics`. */
export async function observeMetrics(
  client: FlinkClient,
  live: LiveState,
  opts: MetricsObserveOptions,
): Promise<Result<LiveState>> {
  const list = client.listVertexMetrics?.bind(client);
  const get = client.getVertexMetrics?.bind(client);
  if (!list || !get) return { value: live, diags: [] };
  const limit = createLimiter(opts.concurrency ?? 16);
  const diags: Diagnostic[] = [];
  const targets = new Set([...judgedInstances(live.jobs)].filter((j) => j.state === 'RUNNING'));
  const readVertex = async (j: LiveJob, v: LiveVertex): Promise<VertexRead | undefined> => {
    let names: string[] = [...VERTEX_METRICS];
    const source = isSourceVertex(v);
    if (source || v.role === 'sink' || SINK_OPERATOR.test(v.name)) {
      // Flink answers [] to a get= naming a metric the vertex lacks (a source has no
      // currentInputWatermark): ask only for names the vertex's listing has, and its operators'
      // records in and out where the vertex's own count does not say them.
      const all = await limit(() => list(j.jobId, v.id));
      if (all.ok) {
        const has = new Set(all.value);
        names = names.filter((n) => has.has(n));
        names.push(
          ...all.value.filter(
            (n) => SINK_IN.test(n) || (source && (SOURCE_OUT.test(n) || CONSUMER_LAG.test(n))),
          ),
        );
      }
    }
    const r = await limit(() => get(j.jobId, v.id, names));
    if (!r.ok) {
      if (r.error.status !== 404)
        diags.push(
          warning(
            METRICS_OBSERVE_CODES.metricsUnreadable,
            `cannot read the metrics of vertex ${v.name} of job ${j.name} (${j.jobId}): ${r.error.message}`,
            `Its metrics and the health rules on them are not checked for ${j.job}; check that the JobManager is healthy and run again.`,
          ),
        );
      return undefined;
    }
    return { v, values: new Map(r.value.map((m) => [m.id, m])) };
  };
  const jobs = await Promise.all(
    live.jobs.map(async (j): Promise<LiveJob> => {
      if (!targets.has(j) || (opts.jobs && !opts.jobs.has(j.job))) return j;
      const reads = (await Promise.all(j.vertices.map((v) => readVertex(j, v)))).filter(
        (r): r is VertexRead => r !== undefined,
      );
      if (reads.length === 0) return j;
      return { ...j, metrics: jobMetrics(reads, opts.now) };
    }),
  );
  diags.sort((a, b) => (a.summary < b.summary ? -1 : a.summary > b.summary ? 1 : 0));
  return { value: { ...live, jobs }, diags };
}

function worst(reads: readonly VertexRead[], name: string, scale: number): VertexValue | undefined {
  let best: VertexValue | undefined;
  for (const { v, values } of reads) {
    // Sources report busyTimeMsPerSecond as NaN: absent here, so they never win.
    const max = values.get(name)?.max;
    if (max === undefined) continue;
    if (!best || max / scale > best.value) best = { vertexId: v.id, vertex: v.name, value: max / scale };
  }
  return best;
}

/** Pure: one job's metrics from its vertices' aggregated values. */
export function jobMetrics(reads: readonly VertexRead[], now: number): JobMetrics {
  const out: JobMetrics = {};
  let recIn: number | undefined;
  let recOut: number | undefined;
  let lag: number | undefined;
  let lowWatermark: number | undefined;
  let missing: string | undefined;
  for (const r of reads) {
    const names = [...r.values.keys()];
    if (isSourceVertex(r.v)) {
      // The source operator's own output: the vertex's output counts after chained filters.
      const own = names.find((n) => SOURCE_OUT.test(n));
      const rate = r.values.get(own ?? 'numRecordsOutPerSecond')?.sum;
      if (rate !== undefined) recIn = (recIn ?? 0) + rate;
      // The KafkaSource reports both pendingRecords and its KafkaConsumer's records-lag-max (the
      // same records, counted twice if summed): records-lag-max only where pendingRecords is absent
      // (the legacy FlinkKafkaConsumer, or a KafkaSource before its first fetch).
      const lagNames = names.filter((x) => CONSUMER_LAG.test(x));
      const pending = lagNames.filter((x) => x.endsWith('pendingRecords'));
      for (const n of pending.length > 0 ? pending : lagNames) {
        // pendingRecords is per split reader: summed over subtasks; records-lag-max is a max per subtask.
        const m = r.values.get(n)!;
        const v = n.endsWith('pendingRecords') ? m.sum : m.max;
        if (v !== undefined && v >= 0) lag = (lag ?? 0) + v;
      }
    }
    // The sink operators' own input; a sink vertex's input when its listing was not read.
    const sinks = names.filter((n) => SINK_IN.test(n));
    if (sinks.length === 0 && r.v.role === 'sink') sinks.push('numRecordsInPerSecond');
    for (const n of sinks) {
      const rate = r.values.get(n)?.sum;
      if (rate !== undefined) recOut = (recOut ?? 0) + rate;
    }
    const wm = r.values.get('currentInputWatermark')?.min;
    if (wm !== undefined && wm > NO_WATERMARK && wm > 0 && (lowWatermark === undefined || wm < lowWatermark))
      lowWatermark = wm;
    if (wm !== undefined && wm <= NO_WATERMARK && !isSourceVertex(r.v)) missing ??= r.v.name;
  }
  if (recIn !== undefined) out.recordsInPerSecond = recIn;
  if (recOut !== undefined) out.recordsOutPerSecond = recOut;
  const bp = worst(reads, 'backPressuredTimeMsPerSecond', 1000);
  if (bp) out.backPressure = bp;
  const busy = worst(reads, 'busyTimeMsPerSecond', 1000);
  if (busy) out.busy = busy;
  if (lowWatermark !== undefined) out.watermarkLagMs = Math.max(0, now - lowWatermark);
  if (missing !== undefined) out.watermarkMissingAt = missing;
  if (lag !== undefined) out.consumerLag = lag;
  return out;
}
