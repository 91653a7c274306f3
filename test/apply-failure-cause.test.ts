/**
 * The root cause apply shows for a job that failed after its start (FO705, the rollback's reason,
 * FO601): the innermost exception, with the one it wraps when the innermost names nothing.
 */
import { describe, expect, it } from 'vitest';
import { rootCause, settledCause } from '../src/apply/health';
import { FakeClock } from '../src/core/clock';
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

// Real Flink 2.2.0: a job whose first checkpoint expired (a changelog-backed join) switched to
// RESTARTING before its exception history held the failure: apply's FO705 said only "went
// RESTARTING". The history had it a moment later.
describe('the root cause of a job just seen leaving RUNNING', () => {
  const expired = parseExceptions({
    exceptionHistory: {
      entries: [
        {
          exceptionName: 'org.apache.flink.util.FlinkRuntimeException',
          stacktrace:
            'org.apache.flink.util.FlinkRuntimeException: Exceeded checkpoint tolerable failure threshold. The latest checkpoint failed due to Checkpoint expired before completing., view the Checkpoint History tab or the Job Manager log to find out why continuous checkpoints failed.\n\tat org.apache.flink.runtime.checkpoint.CheckpointFailureManager.checkFailureAgainstCounter(CheckpointFailureManager.java:212)',
          timestamp: 1796639693262,
        },
      ],
      truncated: false,
    },
  })!;
  const empty = parseExceptions({ exceptionHistory: { entries: [], truncated: false } })!;

  it('reads the exception history again until Flink has recorded the failure', async () => {
    let reads = 0;
    const client = {
      getExceptions: async () => ({ ok: true as const, value: ++reads < 3 ? empty : expired }),
    };
    const clock = new FakeClock();
    const cause = await settledCause({ client, clock } as never, 'j1');
    expect(cause).toMatch(/^FlinkRuntimeException: Exceeded checkpoint tolerable failure threshold/);
    expect(clock.sleeps).toEqual([1_000, 1_000]);
  });

  it('gives up after a few reads when Flink records nothing', async () => {
    const client = { getExceptions: async () => ({ ok: true as const, value: empty }) };
    const clock = new FakeClock();
    expect(await settledCause({ client, clock } as never, 'j1')).toBeUndefined();
    expect(clock.sleeps).toHaveLength(3);
  });
});
