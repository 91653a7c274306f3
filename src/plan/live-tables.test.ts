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
