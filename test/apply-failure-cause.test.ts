/**
 * The root cause apply shows for a job that failed after its start (FO705, the rollback's reason,
 * FO601): the innermost exception, with the one it wraps when the innermost names nothing.
 */
import { describe, expect, it } from 'vitest';
import { rootCause } from '../src/apply/health';
import { failureCause } from '../src/flink/errors';
import { parseExceptions } from '../src/flink/jobmanager-parse';

// Real Flink 1.20.3: a lookup join on a jdbc table whose url names a port nothing listens on
// (`GET /jobs/:id/exceptions`, frames shortened).
const UNREACHABLE_DB = {
  exceptionHistory: {
    entries: [
      {
        exceptionName: 'java.lang.IllegalArgumentException',
        stacktrace: [
          'java.lang.IllegalArgumentException: open() failed.',
          '\tat org.apache.flink.connector.jdbc.core.table.source.JdbcRowDataLookupFunction.open(JdbcRowDataLookupFunction.java:124)',
          'Caused by: org.postgresql.util.PSQLException: Connection to 127.0.0.1:5999 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.',
          '\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:352)',
          'Caused by: java.net.ConnectException: Connection refused',
          '\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)',
          '\t... 30 more',
        ].join('\n'),
        timestamp: 1796561700000,
        taskName: 'LookupJoin',
      },
    ],
    truncated: false,
  },
};

describe('the root cause of a failed job', () => {
  it('names the endpoint a driver could not reach, not only "Connection refused"', async () => {
    const exceptions = parseExceptions(UNREACHABLE_DB)!;
    const client = { getExceptions: async () => ({ ok: true as const, value: exceptions }) };
    const cause = await rootCause({ client } as never, 'j1');
    expect(cause).toBe(
      'PSQLException: Connection to 127.0.0.1:5999 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections. <- ConnectException: Connection refused',
    );
  });

  it('names the missing topic a Kafka source could not read, not only "does not host this topic-partition"', async () => {
    // Real Flink 2.2.0 (Kafka connector 4.0): a kafka table whose topic does not exist.
    const exceptions = parseExceptions({
      exceptionHistory: {
        entries: [
          {
            exceptionName: 'org.apache.flink.util.FlinkException',
            stacktrace: [
              "org.apache.flink.util.FlinkException: Global failure triggered by OperatorCoordinator for 'Source: orders[198] -> Calc[199]' (operator cbc357ccb763df2852fee8c4fc7d55f2).",
              '\tat org.apache.flink.runtime.operators.coordination.OperatorCoordinatorHolder$LazyInitializedCoordinatorContext.failJob(OperatorCoordinatorHolder.java:651)',
              'Caused by: org.apache.flink.util.FlinkRuntimeException: Failed to list subscribed topic partitions due to ',
              '\t... 7 more',
              'Caused by: java.lang.RuntimeException: Failed to get metadata for topics [stg-orders-v2].',
              '\t... 3 more',
              'Caused by: java.util.concurrent.ExecutionException: org.apache.flink.kafka.shaded.org.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this topic-partition.',
              '\t... 9 more',
              'Caused by: org.apache.flink.kafka.shaded.org.apache.kafka.common.errors.UnknownTopicOrPartitionException: This server does not host this topic-partition.',
            ].join('\n'),
            timestamp: 1796583900000,
          },
        ],
        truncated: false,
      },
    })!;
    const client = { getExceptions: async () => ({ ok: true as const, value: exceptions }) };
    const cause = await rootCause({ client } as never, 'j1');
    expect(cause).toBe(
      'RuntimeException: Failed to get metadata for topics [stg-orders-v2]. <- UnknownTopicOrPartitionException: This server does not host this topic-partition.',
    );
  });

  it('keeps the innermost alone when it says enough, or its wrapper only repeats it', () => {
    const migration =
      'StateMigrationException: For heap backends, the new state serializer (org.apache.flink.table.runtime.typeutils.RowDataSerializer@d67ca73f) must not be incompatible with the old state serializer';
    expect(failureCause(['RuntimeException: Error while getting state', migration])).toBe(migration);
    expect(
      failureCause([
        'RuntimeException: java.net.ConnectException: Connection refused',
        'ConnectException: Connection refused',
      ]),
    ).toBe('ConnectException: Connection refused');
    expect(failureCause(['NullPointerException'])).toBe('NullPointerException');
    expect(failureCause([])).toBeUndefined();
  });
});
