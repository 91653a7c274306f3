import { describe, expect, it } from 'vitest';
import { httpError, shortenHeadline, summarizeFlinkErrors } from './errors';

const sqlError = `<Exception on server side:
org.apache.flink.table.gateway.api.utils.SqlGatewayException: org.apache.flink.table.gateway.api.utils.SqlGatewayException: Failed to fetchResults.
\tat org.apache.flink.table.gateway.rest.handler.statement.FetchResultsHandler.handleRequest(FetchResultsHandler.java:91)
\tat org.apache.flink.runtime.rest.handler.AbstractHandler.respondAsLeader(AbstractHandler.java:196)
Caused by: org.apache.flink.table.gateway.service.utils.SqlExecutionException: Failed to execute the operation 6c8c2f0a.
\tat org.apache.flink.table.gateway.service.operation.OperationManager$Operation.processThrowable(OperationManager.java:414)
\t... 48 more
Caused by: org.apache.flink.table.api.ValidationException: Object 'orders' not found within 'default_catalog.default_database'
\tat org.apache.flink.table.planner.catalog.SqlCatalogViewTable.convertToRel(SqlCatalogViewTable.java:61)
\t... 3 more

End of exception on server side>`;

/** What real Flink 1.20.3's gateway answers for an EXPLAIN over a datagen table with a misspelled option (frames cut). */
const unsupportedOption = `<Exception on server side:
org.apache.flink.table.gateway.api.utils.SqlGatewayException: org.apache.flink.table.gateway.api.utils.SqlGatewayException: Failed to fetchResults.
\tat org.apache.flink.table.gateway.rest.handler.statement.FetchResultsHandler.handleRequest(FetchResultsHandler.java:91)
Caused by: org.apache.flink.table.api.ValidationException: Unable to create a source for reading table 'default_catalog.default_database.src'.

Table options are:

'connector'='datagen'
'password'='hunter2'
'rows-per-secnd'='5'
\tat org.apache.flink.table.factories.FactoryUtil.createDynamicTableSource(FactoryUtil.java:228)
\t... 40 more
Caused by: org.apache.flink.table.api.ValidationException: Unsupported options found for 'datagen'.

Unsupported options:

password
rows-per-secnd

Supported options:

connector
fields.a.kind
fields.a.max
fields.a.min
fields.a.null-rate
fields.b.kind
fields.b.max
fields.b.min
fields.b.null-rate
fields.c.kind
fields.c.max
fields.c.min
number-of-rows
rows-per-second
scan.parallelism
\tat org.apache.flink.table.factories.FactoryUtil.validateUnconsumedKeys(FactoryUtil.java:749)
\t... 41 more

End of exception on server side>`;

describe('Flink error bodies', () => {
  it("keeps what a message says on its later lines, but not the table's option values", () => {
    const { message, causes } = summarizeFlinkErrors(['Internal server error.', unsupportedOption]);
    expect(message).toBe(
      "ValidationException: Unsupported options found for 'datagen'. Unsupported options: password, rows-per-secnd. " +
        'Supported options: connector, fields.a.kind, fields.a.max, fields.a.min, fields.a.null-rate, fields.b.kind, ' +
        'fields.b.max, fields.b.min, fields.b.null-rate, fields.c.kind, fields.c.max, fields.c.min, … (15 in all).',
    );
    expect(causes[1]).toBe(
      "ValidationException: Unable to create a source for reading table 'default_catalog.default_database.src'.",
    );
    expect(JSON.stringify(causes)).not.toContain('hunter2');
  });

  it('turns a failed statement into its root cause, without frames', () => {
    const { message, causes } = summarizeFlinkErrors(['Internal server error.', sqlError]);
    expect(message).toBe(
      "ValidationException: Object 'orders' not found within 'default_catalog.default_database'",
    );
    expect(causes).toEqual([
      'SqlGatewayException: Failed to fetchResults.',
      'SqlExecutionException: Failed to execute the operation 6c8c2f0a.',
      "ValidationException: Object 'orders' not found within 'default_catalog.default_database'",
    ]);
  });

  it('keeps a handler message as is', () => {
    const e = httpError('jobmanager', 'GET /jobs/{jobid}', 404, { errors: ['Job 0123 not found'] }, '');
    expect(e).toEqual({
      kind: 'http',
      service: 'jobmanager',
      call: 'GET /jobs/{jobid}',
      status: 404,
      message: 'Job 0123 not found',
      causes: ['Job 0123 not found'],
    });
  });

  it('reads a proxy page that is not JSON', () => {
    const e = httpError(
      'gateway',
      'GET /v1/info',
      502,
      undefined,
      '<html><body><h1>502 Bad Gateway</h1></body></html>',
    );
    expect(e.message).toBe('HTTP 502: 502 Bad Gateway');
  });

  it('shortens class names but keeps plain text', () => {
    expect(shortenHeadline('java.io.IOException: disk full')).toBe('IOException: disk full');
    expect(shortenHeadline('java.lang.NullPointerException')).toBe('NullPointerException');
    // Real 1.20.3, a UDF class the jar does not have: the message is the class, named in full.
    expect(shortenHeadline('java.lang.ClassNotFoundException: com.acme.udf.Bucket')).toBe(
      'ClassNotFoundException: com.acme.udf.Bucket',
    );
    expect(shortenHeadline('Request did not conform to expected format.')).toBe(
      'Request did not conform to expected format.',
    );
  });
});

describe('a Python traceback PyFlink sends back', () => {
  const PROXY =
    'Caused by: org.apache.flink.api.python.shaded.py4j.Py4JException: An exception was raised by the Python Proxy. Return Message: Traceback (most recent call last):';
  const stack = (...lines: string[]) =>
    [
      'org.apache.flink.table.api.ValidationException: SQL validation failed. Failed to get the function.',
      '\tat org.apache.flink.table.planner.X.y(X.java:1)',
      PROXY,
      '  File "/venv/lib/python3.11/site-packages/py4j/java_gateway.py", line 2466, in _call_proxy',
      '    return_value = getattr(self.pool[obj_id], method)(*params)',
      '                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
      '  File "/venv/lib/python3.11/site-packages/pyflink/java_gateway.py", line 181, in getPythonFunction',
      '    udf_wrapper = getattr(importlib.import_module(moduleName), objectName)',
      '  File "<frozen importlib._bootstrap>", line 1204, in _gcd_import',
      ...lines,
      '',
      '\tat org.apache.flink.api.python.shaded.py4j.Protocol.getReturnValue(Protocol.java:476)',
    ].join('\n');

  it("is the error it ends in and the line of the user's file, not the frames of PyFlink", () => {
    const { message } = summarizeFlinkErrors([
      'Internal server error.',
      stack(
        '  File "/opt/flink/tmp/pyflink/3429e3c7/81ca660b/my_udfs.py", line 6',
        '    def shout(s)',
        '                ^',
        "SyntaxError: expected ':'",
      ),
    ]);
    expect(message).toBe(
      "Py4JException: An exception was raised by the Python Proxy. Return Message: SyntaxError: expected ':' (my_udfs.py, line 6: def shout(s))",
    );
  });

  it("names no file when the error is in Python's own frames (a module that is not there)", () => {
    const { message } = summarizeFlinkErrors([
      stack(
        '  File "<frozen importlib._bootstrap>", line 1140, in _find_and_load_unlocked',
        "ModuleNotFoundError: No module named 'my_udfs'",
      ),
    ]);
    expect(message).toBe(
      "Py4JException: An exception was raised by the Python Proxy. Return Message: ModuleNotFoundError: No module named 'my_udfs'",
    );
  });
});
