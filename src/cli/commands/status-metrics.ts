/** The metrics table of `flinkops status`: one row per running job, the worst vertex named. */
import { formatDuration } from '../../engine/health';
import { formatCount, pct } from '../../engine/health-metrics';
import { formatBytes, type MetricsRow, type Style } from '../../render';

const HEADER = [
  'JOB',
  'IN/S',
  'OUT/S',
  'BACK-PRESSURE',
  'BUSY',
  'CHECKPOINT',
  'WATERMARK LAG',
  'CONSUMER LAG',
];

/** Flink names a vertex by its whole operator chain; the table shows its start (--json has it whole). */
const VERTEX_WIDTH = 40;
function vertexName(name: string): string {
  return name.length > VERTEX_WIDTH ? `${name.slice(0, VERTEX_WIDTH - 1).trimEnd()}…` : name;
}

export function formatMetricsTable(rows: readonly MetricsRow[], s: Style): string {
  const shown = rows.filter((r) => r.metrics || r.lastCheckpoint);
  if (shown.length === 0) return '';
  const table = shown.map((r) => {
    const m = r.metrics ?? {};
    const cp = r.lastCheckpoint;
    return [
      r.job,
      m.recordsInPerSecond === undefined ? '-' : formatCount(m.recordsInPerSecond),
      m.recordsOutPerSecond === undefined ? '-' : formatCount(m.recordsOutPerSecond),
      m.backPressure ? `${pct(m.backPressure.value)} ${vertexName(m.backPressure.vertex)}` : '-',
      m.busy ? `${pct(m.busy.value)} ${vertexName(m.busy.vertex)}` : '-',
      cp?.durationMs === undefined ? '-' : `${formatDuration(cp.durationMs)} ${formatBytes(cp.stateSize)}`,
      m.watermarkLagMs === undefined ? '-' : formatDuration(m.watermarkLagMs),
      m.consumerLag === undefined ? '-' : formatCount(m.consumerLag),
    ];
  });
  const widths = HEADER.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return `${[s.bold(line(HEADER)), ...table.map(line)].join('\n')}\n`;
}
