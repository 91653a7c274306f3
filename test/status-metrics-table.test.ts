/** flinkops status: the metrics table stays readable when Flink names a vertex by a long operator chain. */
import { describe, expect, it } from 'vitest';
import { formatMetricsTable } from '../src/cli/commands/status-metrics';
import { makeStyle } from '../src/render/style';

// Vertex names as Flink 1.20 reports them for a lookup-join job and a window aggregation.
const CHAIN =
  'Source: sensor_readings[216] -> Calc[217] -> WatermarkAssigner[218] -> Calc[219] -> LookupJoin[220] -> Calc[221] -> StreamRecordTimestampInserter[222]';
const SINK = 'GlobalWindowAggregate[372] -> Calc[373] -> site_temperature[374]: Writer';

describe('the metrics table of flinkops status', () => {
  it('cuts a vertex named by a long operator chain, keeping its start, so a row fits a terminal', () => {
    const text = formatMetricsTable(
      [
        {
          job: 'device_enrichment',
          state: 'RUNNING',
          metrics: {
            recordsInPerSecond: 20,
            recordsOutPerSecond: 19.4,
            backPressure: { vertexId: 'a', vertex: CHAIN, value: 0 },
            busy: { vertexId: 'b', vertex: SINK, value: 0.01 },
          },
          lastCheckpoint: { durationMs: 12, stateSize: 28_000 },
        },
      ],
      makeStyle(false),
    );
    const row = text.split('\n')[1]!;
    expect(row).toContain('Source: sensor_readings[216] -> Calc[21…');
    expect(row).toContain('GlobalWindowAggregate[372] -> Calc[373]…');
    expect(row).not.toContain('StreamRecordTimestampInserter');
    expect(row.length).toBeLessThan(160);
  });

  it('shows a short vertex name whole', () => {
    const text = formatMetricsTable(
      [
        {
          job: 'j',
          state: 'RUNNING',
          metrics: { backPressure: { vertexId: 'a', vertex: 'Source: orders[1]', value: 0.5 } },
        },
      ],
      makeStyle(false),
    );
    expect(text).toContain('50% Source: orders[1]');
  });
});
