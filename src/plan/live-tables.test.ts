import { describe, expect, it } from 'vitest';
import { liveSinks, otherSinks } from './live-tables';

const v = (name: string) => ({ id: name, name, parallelism: 1, maxParallelism: 128 });

describe('the tables a running job writes, from its vertex names', () => {
  it('reads the names real Flink gives a SQL job (2.2.0, as 1.20)', () => {
    // GET /jobs/:id of an INSERT INTO out_counts ... GROUP BY on a real 2.2.0 cluster.
    const job = [v('Source: events[132] -> Calc[133]'), v('GroupAggregate[135] -> out_counts[136]: Writer')];
    expect([...liveSinks(job)]).toEqual(['out_counts']);
    expect(otherSinks(job, ['out_counts'])).toBeUndefined();
    expect(otherSinks(job, ['default_catalog.default_database.`Out_Counts`'])).toBeUndefined();
    expect(otherSinks(job, ['totals'])).toEqual(['out_counts']);
  });

  it('a legacy sink, a two-phase sink and several sinks (a statement set)', () => {
    const job = [v('Source: a[1]'), v('Sink: print_out[4]'), v('files[5]: Writer -> files[5]: Committer')];
    expect([...liveSinks(job)].sort()).toEqual(['files', 'print_out']);
    expect(otherSinks(job, ['files', 'elsewhere'])).toBeUndefined();
  });

  it('says nothing when no vertex names a table (a DataStream job)', () => {
    expect(otherSinks([v('Source: Custom Source -> Map'), v('Process')], ['totals'])).toBeUndefined();
  });
});

describe("what real Flink names a SQL job's vertices (1.20.3 and 2.2.0)", () => {
  it('a statement set whose sinks share one chain: its branches in parentheses', () => {
    // Two print sinks of one statement set (2.2.0, as 1.20.3).
    const job = [v('Source: orders[43] -> (Calc[44] -> Sink: audit[45], Calc[46] -> Sink: big_orders[47])')];
    expect([...liveSinks(job)].sort()).toEqual(['audit', 'big_orders']);
    expect(otherSinks(job, ['audit', 'big_orders'])).toBeUndefined();
    expect(otherSinks(job, ['elsewhere'])).toEqual(['audit', 'big_orders']);
    // A filesystem and a two-phase Kafka sink in one chain (1.20.3, example-repo's archive_and_alerts).
    const set = [
      v(
        'Source: ride_events[201] -> (Calc[202] -> StreamingFileWriter, Calc[204] -> StreamRecordTimestampInserter[205] -> fraud_alerts[205]: Writer -> fraud_alerts[205]: Committer)',
      ),
      v('PartitionCommitter -> end: Writer'),
    ];
    expect([...liveSinks(set)]).toEqual(['fraud_alerts']);
    expect(otherSinks(set, ['ride_archive', 'fraud_alerts'])).toBeUndefined();
  });

  it('a filesystem sink names no table (its last vertex is `end: Writer`): nothing is said', () => {
    const files = [v('Source: orders[37] -> Calc[38] -> StreamingFileWriter'), v('end: Writer')];
    expect([...liveSinks(files)]).toEqual([]);
    expect(otherSinks(files, ['archive'])).toBeUndefined();
    const partitioned = [
      v('Source: ride_events[235] -> Calc[236] -> StreamingFileWriter'),
      v('PartitionCommitter -> end: Writer'),
    ];
    expect(otherSinks(partitioned, ['ride_archive'])).toBeUndefined();
  });

  it('a quoted table name with a space, as Flink writes it', () => {
    expect(
      otherSinks([v('Source: orders[40] -> Calc[41]'), v('My Out[42]: Writer')], ['`My Out`']),
    ).toBeUndefined();
  });
});
