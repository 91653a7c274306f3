/**
 * `status --format openmetrics`: the jobs' metrics in the OpenMetrics text format (which
 * Prometheus reads), one family per metric, labelled with project, env and job, ending in
 * `# EOF`. A job that does not report a metric has no sample in that family. Pure.
 */
import type { JobMetrics } from '../observe';

export interface MetricsRow {
  job: string;
  state: string;
  metrics?: JobMetrics;
  lastCheckpoint?: { durationMs?: number; stateSize?: number; checkpointedSize?: number };
  /** Present with `--check`. */
  healthy?: boolean;
  /** Rules breached, with `--check`. */
  breaches?: string[];
}

interface Family {
  name: string;
  type: 'gauge';
  unit?: string;
  help: string;
  value: (r: MetricsRow) => number | undefined;
}

const FAMILIES: Family[] = [
  {
    name: 'flinkops_job_running',
    type: 'gauge',
    help: 'Whether the newest instance of the job is RUNNING on the cluster',
    value: (r) => (r.state === 'RUNNING' ? 1 : 0),
  },
  {
    name: 'flinkops_job_records_in_per_second',
    type: 'gauge',
    help: 'Records the sources read per second (one-minute average)',
    value: (r) => r.metrics?.recordsInPerSecond,
  },
  {
    name: 'flinkops_job_records_out_per_second',
    type: 'gauge',
    help: 'Records the sinks receive per second (one-minute average)',
    value: (r) => r.metrics?.recordsOutPerSecond,
  },
  {
    name: 'flinkops_job_back_pressure_ratio',
    type: 'gauge',
    unit: 'ratio',
    help: 'Share of time the most back-pressured subtask was back-pressured',
    value: (r) => r.metrics?.backPressure?.value,
  },
  {
    name: 'flinkops_job_busy_ratio',
    type: 'gauge',
    unit: 'ratio',
    help: 'Share of time the busiest subtask was busy',
    value: (r) => r.metrics?.busy?.value,
  },
  {
    name: 'flinkops_job_last_checkpoint_duration_seconds',
    type: 'gauge',
    unit: 'seconds',
    help: 'Duration of the last completed checkpoint',
    value: (r) =>
      r.lastCheckpoint?.durationMs === undefined ? undefined : r.lastCheckpoint.durationMs / 1000,
  },
  {
    name: 'flinkops_job_last_checkpoint_size_bytes',
    type: 'gauge',
    unit: 'bytes',
    help: 'State size of the last completed checkpoint',
    value: (r) => r.lastCheckpoint?.stateSize,
  },
  {
    name: 'flinkops_job_watermark_lag_seconds',
    type: 'gauge',
    unit: 'seconds',
    help: 'Now minus the lowest input watermark of the job',
    value: (r) => (r.metrics?.watermarkLagMs === undefined ? undefined : r.metrics.watermarkLagMs / 1000),
  },
  {
    name: 'flinkops_job_consumer_lag_records',
    type: 'gauge',
    help: 'Records the Kafka sources are behind their topics',
    value: (r) => r.metrics?.consumerLag,
  },
  {
    name: 'flinkops_job_healthy',
    type: 'gauge',
    help: 'Whether the job passes its health rules (status --check)',
    value: (r) => (r.healthy === undefined ? undefined : r.healthy ? 1 : 0),
  },
];

/** Label values escape backslash, double quote and newline. */
function label(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function num(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  return String(x);
}

/**
 * `up`: whether status read the repository, the state store and the cluster (0: the reason is on
 * stderr, and no job has samples), so a textfile collector or a scrape tells "cannot read" from
 * "no jobs" — as a Prometheus exporter's `up` does. `project` is empty when the repository was
 * not read.
 */
export function renderOpenMetrics(
  project: string,
  env: string,
  rows: readonly MetricsRow[],
  up = true,
): string {
  const out: string[] = [
    '# TYPE flinkops_status_up gauge',
    '# HELP flinkops_status_up Whether status read the repository, the state store and the cluster (0: the reason is on stderr).',
    `flinkops_status_up{project="${label(project)}",env="${label(env)}"} ${up ? 1 : 0}`,
  ];
  for (const f of FAMILIES) {
    const samples = rows
      .map((r) => ({ r, v: f.value(r) }))
      .filter((s): s is { r: MetricsRow; v: number } => s.v !== undefined);
    if (samples.length === 0) continue;
    out.push(`# TYPE ${f.name} ${f.type}`);
    if (f.unit) out.push(`# UNIT ${f.name} ${f.unit}`);
    out.push(`# HELP ${f.name} ${f.help}.`);
    for (const { r, v } of samples)
      out.push(`${f.name}{project="${label(project)}",env="${label(env)}",job="${label(r.job)}"} ${num(v)}`);
  }
  out.push('# EOF');
  return `${out.join('\n')}\n`;
}
