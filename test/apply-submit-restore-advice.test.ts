/**
 * On the default scheduler Flink restores a savepoint as the JobMaster starts, so a restore it
 * refuses fails the submitting INSERT itself (FO707, HTTP 500 from the gateway), not a running job
 * (FO705). Its advice is about the state, as FO705's is, not "Fix the SQL".
 */
import { describe, expect, it } from 'vitest';
import { unhealthyFix } from '../src/apply/step-util';
import { failed } from '../src/apply/submit';
import type { FlinkError } from '../src/flink/errors';

const ctx = { secretValues: new Set<string>() } as never;

function gatewayError(message: string): FlinkError {
  return {
    kind: 'statement',
    service: 'gateway',
    call: 'POST /v1/sessions/:session/statements',
    status: 500,
    message,
    causes: [
      'SqlGatewayException: Failed to fetchResults.',
      'JobInitializationException: Could not start the JobMaster.',
      message,
    ],
  };
}

describe('FO707 of a restore Flink refused at submission (real 2.2.0, default scheduler)', () => {
  it("a rescale above the savepoint's max parallelism: lower the parallelism", () => {
    const message =
      'IllegalStateException: The state for task f6dc7f4d2283f4605b127b9364e21148 can not be restored. The maximum parallelism (128) of the restored state is lower than the configured parallelism (200). Please reduce the parallelism of the task to be lower or equal to the maximum parallelism.';
    const out = failed(ctx, { job: 'agg' }, gatewayError(message), 'insert statement');
    expect(out.ok).toBe(false);
    const d = (out as { diag: { code: string; detail: string } }).diag;
    expect(d.code).toBe('FO707');
    expect(d.detail).not.toContain('Fix the SQL');
    expect(d.detail).toContain('Lower parallelism to 128 or below in jobs/agg.yaml');
    expect(d.detail).toContain('Cause chain:');
    // The same words when the job failed after it started (the adaptive scheduler).
    expect(unhealthyFix('agg', `job abc is FAILED: ${message}`)).toContain(
      'Lower parallelism to 128 or below',
    );
  });

  it('operators that do not map: allowNonRestoredState', () => {
    const message =
      'IllegalStateException: Failed to rollback to checkpoint/savepoint file:/sp/savepoint-2078de-4ae8e44fa69f. Cannot map checkpoint/savepoint state for operator 7be0ff8ca436e3a1669f596a17e23d60 to the new program, because the operator is not available in the new program. If you want to allow to skip this, you can set the --allowNonRestoredState option on the CLI.';
    const d = (
      failed(ctx, { job: 'window' }, gatewayError(message), 'insert statement') as {
        diag: { detail: string };
      }
    ).diag;
    expect(d.detail).not.toContain('Fix the SQL');
    expect(d.detail).toContain('allowNonRestoredState: true in jobs/window.yaml');
  });

  it("a JDBC catalog's database that does not answer: not a SQL error (real 2.2.0, PostgreSQL stopped)", () => {
    const e: FlinkError = {
      ...gatewayError('SocketTimeoutException: Read timed out'),
      causes: [
        'SqlGatewayException: Failed to configure session.',
        'SqlExecutionException: Failed to execute the operation 8799a1c5.',
        'ValidationException: Failed connecting to jdbc:postgresql://127.0.0.1:42347/drivers via JDBC.',
        'PSQLException: The connection attempt failed.',
        'SocketTimeoutException: Read timed out',
      ],
    };
    const d = (failed(ctx, { job: 'orders' }, e, 'create_catalog statement') as { diag: { detail: string } })
      .diag;
    expect(d.detail).not.toContain('Fix the SQL');
    expect(d.detail).toContain(
      'The SQL Gateway could not connect to jdbc:postgresql://127.0.0.1:42347/drivers, so the statement failed, not its SQL.',
    );
  });

  it('a SQL error keeps its advice', () => {
    const d = (
      failed(
        ctx,
        { job: 'agg' },
        gatewayError("SqlValidatorException: Column 'x' not found"),
        'insert statement',
      ) as {
        diag: { detail: string };
      }
    ).diag;
    expect(d.detail).toContain('Fix the SQL the gateway names');
  });
});
