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
