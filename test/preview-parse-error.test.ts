/**
 * `flinkops preview` of a job whose Kafka table reads a field as another type than its producer
 * writes: real Flink 2.2 refused with "Failed to deserialize JSON '…'. <- JsonParseException:
 * Fail to deserialize at field: channel." (a STRING field read as INT), and preview advised to
 * check that the sources are reachable — they were, the record was read.
 */
import { describe, expect, it } from 'vitest';
import { flinkDiag } from '../src/engine/sql-test/preview';
import { httpError } from '../src/flink/errors';

const record = `{"event_id":674462851,"user_id":1,"channel":"e"}`;
const errors = [
  'Internal server error.',
  `<Exception on server side:
org.apache.flink.table.gateway.api.utils.SqlGatewayException: org.apache.flink.table.gateway.api.utils.SqlGatewayException: Failed to fetchResults.
Caused by: org.apache.flink.table.gateway.api.utils.SqlGatewayException: Failed to fetchResults.
Caused by: org.apache.flink.table.gateway.service.utils.SqlExecutionException: Error while retrieving result.
Caused by: java.io.IOException: Failed to deserialize JSON '${record}'.
Caused by: org.apache.flink.formats.json.JsonParseException: Fail to deserialize at field: channel.
End of exception on server side>`,
];

describe('preview refused by a record that does not parse', () => {
  it('says the record does not fit the table, naming the field, not that the source is unreachable', () => {
    const d = flinkDiag(
      httpError('gateway', 'GET /v2/sessions/:s/operations/:o/result/:t', 500, { errors }, ''),
    );
    expect(d.code).toBe('FO456');
    expect(d.summary).toContain('Failed to deserialize JSON');
    expect(d.detail).toContain(
      "A record of the source does not parse into the table's columns (field channel)",
    );
    expect(d.detail).toContain('FO288, FO289');
    expect(d.detail).not.toContain('reachable');
  });

  it('keeps the advice about reachability for other failures', () => {
    const other = errors.map((e) =>
      e.replace(
        /Caused by: java.io.IOException[\s\S]*?End/,
        'Caused by: org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment.\nEnd',
      ),
    );
    const d = flinkDiag(
      httpError('gateway', 'GET /v2/sessions/:s/operations/:o/result/:t', 500, { errors: other }, ''),
    );
    expect(d.detail).toContain('Check that the sources are reachable');
  });
});
